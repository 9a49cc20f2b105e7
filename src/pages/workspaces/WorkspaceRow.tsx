import { memo } from "react";
import type { Workspace } from "../../coderd/schemas";
import { RelativeTime } from "../../components/RelativeTime";
import { TemplateName } from "../../components/TemplateName";
import { DormantFlag } from "../../components/DormantFlag";
import { OutdatedFlag } from "../../components/OutdatedFlag";
import { StatusBadge } from "../../components/StatusBadge";
import { UnknownCost } from "../../components/CostText";
import { ChangeMarker } from "../../components/ChangeMarker";
import { knownCost } from "../../domain/cost";
import { unhealthyAgents } from "../../domain/health";
import { workspacePagePath } from "../../domain/dashboardLinks";
import type { CoderLinkBase } from "../../domain/coderLinks";
import { reasonLabel, transitionLabel, workspaceStatus } from "../../domain/status";
import type { Thresholds } from "../../domain/timeInState";
import type { ChangeKind } from "../../domain/changeKinds";
import { rememberOpenedWorkspace } from "./returnFocus";
import { RowLinks } from "./RowLinks";
import type { RowNavigation } from "./rowNavigation";
import { UnhealthyMarker } from "./UnhealthyMarker";
import { FailureLine, TimeInStateCell } from "./TriageCells";
import "./workspacesTable.css";

/**
 * One row of the list. Plain elements styled by class from workspacesTable.css, not MUI components
 * with sx: per-instance styling was most of a row's render cost, and the list re-renders rows on
 * every refresh.
 */
export const WorkspaceRow = memo(function WorkspaceRow({
  w,
  nav,
  thresholds,
  base,
  change,
}: {
  w: Workspace;
  nav: RowNavigation;
  thresholds: Thresholds;
  base: CoderLinkBase;
  change: readonly ChangeKind[] | undefined;
}) {
  const build = w.latest_build;
  const status = workspaceStatus(build?.status);
  const name = w.name || "(unnamed)";
  const problems = unhealthyAgents(w);
  const cost = knownCost(build?.daily_cost);
  return (
    <tr className={status.tone === "error" ? "row failed" : "row"}>
      <td className="name">
        <span className="name-line">
          {w.id ? (
            <a
              className="ws-link"
              href={nav.href(workspacePagePath(w.id))}
              data-workspace-id={w.id}
              onClick={(e) => {
                if (!w.id) return;
                rememberOpenedWorkspace(w.id);
                nav.follow(e, workspacePagePath(w.id));
              }}
            >
              <bdi>{name}</bdi>
            </a>
          ) : (
            <strong>
              <bdi>{name}</bdi>
            </strong>
          )}
          {w.outdated ? <OutdatedFlag compact /> : null}
          {w.dormant_at ? <DormantFlag deletingAt={w.deleting_at} compact /> : null}
          {change ? <ChangeMarker kinds={change} /> : null}
        </span>
        <span className="secondary narrow-only">
          <bdi>{w.owner_name ?? "unknown owner"}</bdi> · <TemplateName workspace={w} />
        </span>
        <span className="secondary xs-only">
          <TimeInStateCell w={w} thresholds={thresholds} />
        </span>
        {status.tone === "error" ? <FailureLine w={w} compact /> : null}
        <RowLinks w={w} base={base} />
      </td>
      <td className="wide">
        <bdi>{w.owner_name ?? "—"}</bdi>
      </td>
      <td className="wide">
        <TemplateName workspace={w} withIcon />
      </td>
      <td>
        <span className="status-cell">
          <StatusBadge status={status} />
          {problems.length ? <UnhealthyMarker id={w.id ?? name} problems={problems} /> : null}
        </span>
      </td>
      <td className="state medium">
        <TimeInStateCell w={w} thresholds={thresholds} />
      </td>
      <td className="wide">
        <span className="stack">
          <span>
            {transitionLabel(build?.transition)} {reasonLabel(build?.reason)}
          </span>
          <span className="secondary">
            <RelativeTime value={build?.created_at} />
          </span>
          {status.tone === "error" ? <FailureLine w={w} /> : null}
        </span>
      </td>
      <td className="medium">
        <RelativeTime value={w.last_used_at} fallback="Never" />
      </td>
      <td className="wide cost">
        {cost === undefined ? (
          <UnknownCost value={build?.daily_cost} />
        ) : (
          <>
            {cost.toLocaleString("en")}{" "}
            <span className="secondary">{cost === 1 ? "credit" : "credits"}</span>
          </>
        )}
      </td>
    </tr>
  );
});

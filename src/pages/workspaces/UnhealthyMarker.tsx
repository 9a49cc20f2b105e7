import { WarningAmberIcon } from "../../components/plainIcons";
import type { AgentProblem } from "../../domain/health";

/** Reasons the tip lists; a workspace may have thousands of agents, and the tip is read aloud. */
const MAX_TIP_LINES = 5;

/**
 * "Unhealthy" beside a workspace's status, in words, with the failing agents' reasons shown on hover
 * and on keyboard focus (and read as its description). Plain elements styled by the table's classes
 * (see workspacesTable.css): it renders in every row.
 */
export function UnhealthyMarker({ id, problems }: { id: string; problems: AgentProblem[] }) {
  const tipId = `health-tip-${id}`;
  const more = problems.length - MAX_TIP_LINES;
  return (
    <button type="button" className="health" aria-describedby={tipId}>
      <WarningAmberIcon className="health-icon" />
      Unhealthy
      <span role="tooltip" id={tipId} className="health-tip">
        {problems.slice(0, MAX_TIP_LINES).map((p, i) => (
          <span key={p.agent.id ?? i} className="health-line">
            <bdi>{p.agent.name ?? "An agent"}</bdi>: <bdi>{p.reason}</bdi>
          </span>
        ))}
        {more > 0 ? (
          <span className="health-line">
            and {more.toLocaleString("en")} more unhealthy agent{more === 1 ? "" : "s"}
          </span>
        ) : null}
      </span>
    </button>
  );
}

import { WarningAmberIcon } from "../../components/plainIcons";
import type { AgentProblem } from "../../domain/health";

/**
 * "Unhealthy" beside a workspace's status, in words, with the failing agents' reasons shown on hover
 * and on keyboard focus (and read as its description). Plain elements styled by the table's classes
 * (see WorkspacesTable's ROW_STYLES): it renders in every row.
 */
export function UnhealthyMarker({ id, problems }: { id: string; problems: AgentProblem[] }) {
  const tipId = `health-tip-${id}`;
  return (
    <button type="button" className="health" aria-describedby={tipId}>
      <WarningAmberIcon className="health-icon" />
      Unhealthy
      <span role="tooltip" id={tipId} className="health-tip">
        {problems.map((p, i) => (
          <span key={p.agent.id ?? i} className="health-line">
            {p.agent.name ?? "An agent"}: {p.reason}
          </span>
        ))}
      </span>
    </button>
  );
}

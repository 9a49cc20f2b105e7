import type { Workspace } from "../../coderd/schemas";
import { HourglassBottomIcon } from "../../components/plainIcons";
import { useNow } from "../../components/useNow";
import { toPlainText } from "../../domain/terminalText";
import { formatExact } from "../../domain/time";
import {
  failureLine,
  firstErrorLine,
  stateDuration,
  timeInState,
  type Thresholds,
} from "../../domain/timeInState";
import { continued } from "../../domain/words";

/**
 * "for 9 h", or, past its threshold, an hourglass and "Stuck 9 h": words and an icon, so a stuck
 * state doesn't look like a fresh one without relying on colour. Plain elements (rendered per row).
 */
export function TimeInStateCell({ w, thresholds }: { w: Workspace; thresholds: Thresholds }) {
  const now = useNow();
  const t = timeInState(w, now, thresholds);
  const queue = queuePosition(w);
  if (!t.since) return queue ? <span>{queue}</span> : <span className="secondary">—</span>;
  const title = `Since ${formatExact(t.since)}`;
  if (t.stuck) {
    return (
      <span className="stuck" title={title}>
        <HourglassBottomIcon style={{ fontSize: 16, color: "var(--mui-palette-warning-main)" }} />
        <span>
          {queue ? `${queue} · ` : ""}Stuck {stateDuration(t)}
        </span>
      </span>
    );
  }
  if (queue) return <span title={`Queued for ${stateDuration(t)}`}>{queue}</span>;
  return <span title={title}>for {stateDuration(t)}</span>;
}

/** A queued build's place, as Coder's own list words it: "Position in queue: 2 of 4". */
function queuePosition(w: Workspace): string | undefined {
  const job = w.latest_build?.job;
  if (job?.status !== "pending") return undefined;
  const position = job.queue_position ?? 0;
  const size = job.queue_size ?? 0;
  if (position < 1) return undefined;
  return size >= position
    ? `Position in queue: ${position.toLocaleString("en-US")} of ${size.toLocaleString("en-US")}`
    : `Position in queue: ${position.toLocaleString("en-US")}`;
}

/**
 * A failed row's reason: the first line of its job error (with its error code); the full text, ANSI
 * stripped, is one click away. `compact` is the phone form, the first line alone.
 */
export function FailureLine({ w, compact = false }: { w: Workspace; compact?: boolean }) {
  const full = toPlainText(w.latest_build?.job?.error ?? "").trim();
  // The first line alone, when the error goes on, must not pass for the whole sentence.
  const more = full.length > firstErrorLine(w.latest_build?.job?.error).length;
  const line = more ? continued(failureLine(w)) : failureLine(w);
  if (compact) return <bdi className="failure narrow-only">{line}</bdi>;
  if (!full || full === line) return <bdi className="failure">{line}</bdi>;
  return (
    <details className="failure">
      <summary>{line}</summary>
      <pre>{full}</pre>
    </details>
  );
}

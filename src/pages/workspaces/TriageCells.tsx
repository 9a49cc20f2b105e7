import type { Workspace } from "../../coderd/schemas";
import { HourglassBottomIcon } from "../../components/plainIcons";
import { useNow } from "../../components/useNow";
import { toPlainText } from "../../domain/terminalText";
import { formatDuration, formatExact } from "../../domain/time";
import {
  failureLine,
  firstErrorLine,
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
  if (!t.since) return <span className="secondary">—</span>;
  const title = `Since ${formatExact(t.since)}`;
  if (t.stuck) {
    return (
      <span className="stuck" title={title}>
        <HourglassBottomIcon style={{ fontSize: 16, color: "var(--mui-palette-warning-main)" }} />
        <span>Stuck {formatDuration(t.ms)}</span>
      </span>
    );
  }
  return <span title={title}>for {formatDuration(t.ms)}</span>;
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
  if (compact) return <span className="failure narrow-only">{line}</span>;
  if (!full || full === line) return <span className="failure">{line}</span>;
  return (
    <details className="failure">
      <summary>{line}</summary>
      <pre>{full}</pre>
    </details>
  );
}

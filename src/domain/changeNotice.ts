// The words of a desktop notification for new problems: one for all that came since the last one,
// naming the workspaces, and where a click on it leads.
import { withoutBidiControls } from "./bidi";
import { changesHref } from "./changesLink";
import { CHANGE_LABELS, PROBLEM_CHANGE_KINDS, type FleetChange } from "./changeKinds";

/** At most one notification a minute: the rest wait and go together. */
export const NOTICE_INTERVAL_MS = 60_000;
/** Names listed per kind before "and N more". */
const NAMES_PER_KIND = 3;

export interface ChangeNotice {
  title: string;
  body: string;
  /** The workspace's page when only one is named, else the Changes view. */
  href: string;
}

const plain = (s: string) => withoutBidiControls(s) || "(unnamed)";

/** One notice for these problems (others are left out), or undefined when there are none. */
export function changeNotice(changes: readonly FleetChange[]): ChangeNotice | undefined {
  const problems = changes.filter((c) =>
    (PROBLEM_CHANGE_KINDS as readonly string[]).includes(c.kind),
  );
  if (problems.length === 0) return undefined;
  const ids = new Set(problems.map((c) => c.id));
  const lines: string[] = [];
  for (const kind of PROBLEM_CHANGE_KINDS) {
    const names = [...new Set(problems.filter((c) => c.kind === kind).map((c) => plain(c.name)))];
    if (names.length === 0) continue;
    const more = names.length - NAMES_PER_KIND;
    const shown = names.slice(0, NAMES_PER_KIND).join(", ");
    lines.push(`${CHANGE_LABELS[kind]}: ${shown}${more > 0 ? ` and ${more} more` : ""}`);
  }
  const only = ids.size === 1 ? problems[0] : undefined;
  return {
    title: only
      ? `${plain(only.name)}: ${problems.map((c) => CHANGE_LABELS[c.kind].toLowerCase()).join(", ")}`
      : `${ids.size} workspaces have new problems`,
    body: lines.join("\n"),
    href: only ? `/workspaces/${encodeURIComponent(only.id)}` : changesHref(),
  };
}

/** When the next notice may go, after one at `lastAt` (undefined: none yet). */
export function nextNoticeAt(lastAt: number | undefined, now: number): number {
  return lastAt === undefined ? now : Math.max(now, lastAt + NOTICE_INTERVAL_MS);
}

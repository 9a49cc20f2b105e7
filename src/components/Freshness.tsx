import Alert from "@mui/material/Alert";
import Typography from "@mui/material/Typography";
import { errorText } from "./ErrorState";
import { useLocalClock } from "./useNow";
import { retriesFor } from "../api/transport/retry";
import { isStale, type Freshness } from "../api/polling";
import { useAwayRefresh } from "../api/wake";
import { formatAge, formatDuration, formatExact } from "../domain/time";
import { endSentence } from "../domain/words";

interface QueryLike {
  dataUpdatedAt: number;
  data: unknown;
  isFetching: boolean;
  isPlaceholderData: boolean;
  failureCount: number;
  failureReason: unknown;
  error: unknown;
}

export function freshnessOf(query: QueryLike, intervalMs: number | false): Freshness {
  return {
    updatedAt: query.isPlaceholderData ? 0 : query.dataUpdatedAt,
    hasData: query.data !== undefined,
    isFetching: query.isFetching,
    failureCount: query.failureCount,
    failureReason: query.failureReason,
    error: query.error,
    intervalMs,
  };
}

/** "Retrying (2 of 4)…" while a failed fetch is retried, else undefined. */
export function retryText(f: Freshness): string | undefined {
  if (!f.isFetching || f.failureCount === 0) return undefined;
  const attempts = 1 + retriesFor(f.failureReason);
  return `Retrying (${Math.min(f.failureCount + 1, attempts)} of ${attempts})…`;
}

/** "the latest refresh", or the part of the page's refreshes that failed. */
function failedWhat(f: Freshness): string {
  return `the ${f.failingPart ?? "latest refresh"} failed`;
}

/** Why the data on screen is older than it should be, in words. */
function staleReason(f: Freshness, hidden: boolean, away: number | undefined): string {
  if (away !== undefined) return `everything is asked again after ${formatDuration(away)} away`;
  if (f.isFetching && f.failureCount > 0) {
    return `${failedWhat(f)} (${errorText(f.failureReason)}); ${retryText(f)?.toLowerCase() ?? "retrying…"}`;
  }
  if (f.error) return `${failedWhat(f)} (${errorText(f.error)})`;
  if (f.isFetching) return "a refresh is under way";
  if (hidden) return "updates pause while this tab is in the background";
  return "no refresh has arrived since";
}

const NAMED = 3;

/** " for the 2 builds in progress on screen (a, b), refreshed every 5 s", or "" when none set the pace. */
function watchingText(f: Freshness): string {
  const names = f.watching ?? [];
  if (names.length === 0 || f.intervalMs === false) return "";
  const more = names.length > NAMED ? `, and ${(names.length - NAMED).toLocaleString()} more` : "";
  const what =
    names.length === 1 ? "the build in progress" : `the ${names.length} builds in progress`;
  return ` for ${what} on screen (${names.slice(0, NAMED).join(", ")}${more}), refreshed every ${formatDuration(f.intervalMs)}`;
}

/**
 * "Updated 12 s ago · refreshing…", for the top of a page; after a sleep or a long spell in the
 * background, "… · updating after 1 h away…" until everything has been asked again.
 */
export function FreshnessLine({ freshness: f }: { freshness: Freshness }) {
  const now = useLocalClock();
  const away = useAwayRefresh();
  const retry = retryText(f);
  // Without data of its own, FreshnessWarning says what is going on.
  if (f.updatedAt <= 0) return null;
  const updated = new Date(f.updatedAt);
  const doing =
    away !== undefined
      ? ` · updating after ${formatDuration(away)} away…`
      : retry
        ? ` · ${retry.toLowerCase()}`
        : f.isFetching
          ? " · refreshing…"
          : "";
  return (
    <Typography variant="body2" color="text.secondary" title={formatExact(updated)}>
      {`Updated ${formatAge(now - f.updatedAt)}${doing}`}
    </Typography>
  );
}

/**
 * The warning that keeps old data from passing as current: a failed refresh, data older than two
 * polling intervals for any reason (errors, hangs, a sleeping tab), or a first load being retried.
 */
export function FreshnessWarning({
  freshness: f,
  what,
}: {
  freshness: Freshness;
  /** What is loading, for the first load's retries: "workspaces", "this workspace". */
  what: string;
}) {
  const now = useLocalClock();
  const away = useAwayRefresh();
  const hidden = document.visibilityState === "hidden";
  if (!f.hasData || f.updatedAt <= 0) {
    // The first load failed and is retried: say so instead of a silent skeleton.
    const retry = retryText(f);
    if (!retry || f.error) return null;
    return (
      <Alert severity="info" role="status">
        Couldn&apos;t load {what} yet ({errorText(f.failureReason)}). {retry}
      </Alert>
    );
  }
  const age = now - f.updatedAt;
  if (isStale(age, f.intervalMs)) {
    return (
      <Alert severity="warning" role="status">
        {endSentence(
          `Showing data from ${formatAge(age)}${watchingText(f)}: ${staleReason(f, hidden, away)}`,
        )}
      </Alert>
    );
  }
  if (f.error) {
    return (
      <Alert severity="warning" role="status">
        Showing earlier data: {failedWhat(f)} ({errorText(f.error)}).
      </Alert>
    );
  }
  return null;
}

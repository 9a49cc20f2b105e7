import { formatExact, formatRelative, parseTime } from "../domain/time";
import { useTimeFormat } from "./timeFormat";
import { useNow } from "./useNow";

interface Props {
  value: string | undefined | null;
  /** Shown when the time is missing or the zero time. */
  fallback?: string;
}

/**
 * "5 min ago", or the exact time when the user chose exact times (the top bar's clock button); the
 * other form is in the title (a native title: MUI's Tooltip costs ~20 KB gzip).
 */
export function RelativeTime({ value, fallback = "—" }: Props) {
  const now = useNow();
  const format = useTimeFormat();
  const date = parseTime(value);
  if (!date) return <span>{fallback}</span>;
  const exact = formatExact(date);
  const relative = formatRelative(date, now);
  return (
    <time dateTime={date.toISOString()} title={format === "exact" ? relative : exact}>
      {format === "exact" ? exact : relative}
    </time>
  );
}

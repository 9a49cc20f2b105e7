import { formatExact, formatRelative, parseTime } from "../domain/time";
import { useNow } from "./useNow";

interface Props {
  value: string | undefined | null;
  /** Shown when the time is missing or the zero time. */
  fallback?: string;
}

/** "5 min ago", with the exact time on hover (a native title: MUI's Tooltip costs ~20 KB gzip). */
export function RelativeTime({ value, fallback = "—" }: Props) {
  const now = useNow();
  const date = parseTime(value);
  if (!date) return <span>{fallback}</span>;
  return (
    <time dateTime={date.toISOString()} title={formatExact(date)}>
      {formatRelative(date, now)}
    </time>
  );
}

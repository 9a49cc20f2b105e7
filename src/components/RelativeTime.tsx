import Tooltip from "@mui/material/Tooltip";
import { formatExact, formatRelative, parseTime } from "../domain/time";
import { useNow } from "./useNow";

interface Props {
  value: string | undefined | null;
  /** Shown when the time is missing or the zero time. */
  fallback?: string;
}

/** "5 min ago", with the exact time on hover and focus and in the machine-readable <time>. */
export function RelativeTime({ value, fallback = "—" }: Props) {
  const now = useNow();
  const date = parseTime(value);
  if (!date) return <span>{fallback}</span>;
  const exact = formatExact(date);
  return (
    <Tooltip title={exact}>
      <time dateTime={date.toISOString()}>{formatRelative(date, now)}</time>
    </Tooltip>
  );
}

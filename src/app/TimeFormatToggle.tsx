import ScheduleOutlined from "@mui/icons-material/ScheduleOutlined";
import IconButton from "@mui/material/IconButton";
import { setTimeFormat, useTimeFormat } from "../components/timeFormat";

/** Shows times as "5 min ago" or as exact dates everywhere; pressed = exact. */
export function TimeFormatToggle() {
  const format = useTimeFormat();
  const exact = format === "exact";
  return (
    <IconButton
      color="inherit"
      aria-label="Show exact times"
      aria-pressed={exact}
      title={exact ? "Showing exact times (click for relative)" : "Show exact times"}
      onClick={() => setTimeFormat(exact ? "relative" : "exact")}
    >
      <ScheduleOutlined />
    </IconButton>
  );
}

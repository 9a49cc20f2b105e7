import {
  CancelOutlinedIcon as CancelOutlined,
  CheckCircleOutlineIcon as CheckCircleOutline,
  ErrorOutlineIcon as ErrorOutline,
  HelpOutlineIcon as HelpOutline,
  PauseCircleOutlineIcon as PauseCircleOutline,
  SyncIcon as SyncOutlined,
  WarningAmberIcon as WarningAmber,
} from "./plainIcons";
import type { StatusInfo, Tone } from "../domain/status";
import "./badges.css";

const ICONS: Record<Tone, typeof CheckCircleOutline> = {
  success: CheckCircleOutline,
  error: ErrorOutline,
  warning: WarningAmber,
  info: PauseCircleOutline,
  neutral: PauseCircleOutline,
};

interface Props {
  status: StatusInfo;
  size?: "small" | "medium";
}

/**
 * Status as icon plus word; in-progress states spin, failures are bold; colour only adds to that.
 * Plain elements styled by class (badges.css): a list renders dozens of these on every refresh.
 */
export function StatusBadge({ status, size = "small" }: Props) {
  const Icon = status.inProgress
    ? SyncOutlined
    : !status.known
      ? HelpOutline
      : status.label === "Canceled"
        ? CancelOutlined
        : ICONS[status.tone];
  return (
    <span
      title={
        status.raw === undefined
          ? undefined
          : `The server says “${status.raw}”, a status this dashboard does not know`
      }
      className={`status-badge ${size}${status.tone === "error" ? " error" : ""}`}
    >
      <Icon className={status.inProgress ? `${status.tone} status-spin` : status.tone} />
      <span>{status.label}</span>
    </span>
  );
}

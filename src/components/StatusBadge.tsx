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

const ICONS: Record<Tone, typeof CheckCircleOutline> = {
  success: CheckCircleOutline,
  error: ErrorOutline,
  warning: WarningAmber,
  info: PauseCircleOutline,
  neutral: PauseCircleOutline,
};

const TONE_VAR: Record<Tone, string> = {
  success: "var(--mui-palette-success-main)",
  error: "var(--mui-palette-error-main)",
  warning: "var(--mui-palette-warning-main)",
  info: "var(--mui-palette-info-main)",
  neutral: "var(--mui-palette-text-secondary)",
};

interface Props {
  status: StatusInfo;
  size?: "small" | "medium";
}

/** Status as icon plus word; in-progress states spin, failures are bold; colour only adds to that. */
/**
 * Status as icon plus word; in-progress states spin, failures are bold; colour only adds to that.
 * Plain elements and inline styles: a list renders dozens of these on every refresh, and per-instance
 * sx styling is the costliest part of a row.
 */
export function StatusBadge({ status, size = "small" }: Props) {
  const iconSize = size === "small" ? 16 : 20;
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
      style={{
        display: "inline-flex",
        alignItems: "center",
        gap: 6,
        whiteSpace: "nowrap",
        fontWeight: status.tone === "error" ? 700 : 500,
        fontSize: size === "small" ? "0.875rem" : "1rem",
      }}
    >
      <Icon
        className={status.inProgress ? "status-spin" : undefined}
        style={{ fontSize: iconSize, color: TONE_VAR[status.tone] }}
      />
      <span>{status.label}</span>
    </span>
  );
}

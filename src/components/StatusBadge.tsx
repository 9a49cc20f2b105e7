import CancelOutlined from "@mui/icons-material/CancelOutlined";
import CheckCircleOutline from "@mui/icons-material/CheckCircleOutlineOutlined";
import ErrorOutline from "@mui/icons-material/ErrorOutlineOutlined";
import HelpOutline from "@mui/icons-material/HelpOutlineOutlined";
import PauseCircleOutline from "@mui/icons-material/PauseCircleOutlineOutlined";
import SyncOutlined from "@mui/icons-material/SyncOutlined";
import WarningAmber from "@mui/icons-material/WarningAmber";
import Box from "@mui/material/Box";
import { keyframes } from "@mui/material/styles";
import type { StatusInfo, Tone } from "../domain/status";

const ICONS: Record<Tone, typeof CheckCircleOutline> = {
  success: CheckCircleOutline,
  error: ErrorOutline,
  warning: WarningAmber,
  info: PauseCircleOutline,
  neutral: PauseCircleOutline,
};

const spin = keyframes`
  to { transform: rotate(-360deg); }
`;

export const TONE_COLOR: Record<Tone, string> = {
  success: "success.main",
  error: "error.main",
  warning: "warning.main",
  info: "info.main",
  neutral: "text.secondary",
};

interface Props {
  status: StatusInfo;
  size?: "small" | "medium";
}

/** Status as icon plus word; in-progress states spin, failures are bold; colour only adds to that. */
export function StatusBadge({ status, size = "small" }: Props) {
  const iconSize = size === "small" ? 16 : 20;
  const Icon = !status.known
    ? HelpOutline
    : status.label === "Canceled"
      ? CancelOutlined
      : ICONS[status.tone];
  return (
    <Box
      component="span"
      sx={{
        display: "inline-flex",
        alignItems: "center",
        gap: 0.75,
        whiteSpace: "nowrap",
        fontWeight: status.tone === "error" ? 700 : 500,
        fontSize: size === "small" ? "0.875rem" : "1rem",
      }}
    >
      {status.inProgress ? (
        <SyncOutlined
          aria-hidden
          sx={{
            fontSize: iconSize,
            color: TONE_COLOR[status.tone],
            "@media (prefers-reduced-motion: no-preference)": {
              animation: `${spin} 1.6s linear infinite`,
            },
          }}
        />
      ) : (
        <Icon sx={{ fontSize: iconSize, color: TONE_COLOR[status.tone] }} aria-hidden />
      )}
      <span>{status.label}</span>
    </Box>
  );
}

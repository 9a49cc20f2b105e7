import Box from "@mui/material/Box";
import type { ReactNode } from "react";

interface Props {
  children: ReactNode;
  icon?: ReactNode;
  /** warning for flags such as "Outdated"; default is neutral. */
  tone?: "default" | "warning";
  title?: string;
  compact?: boolean;
}

/** A small outlined label. Lighter than MUI's Chip, which brings ButtonBase and ripple code along. */
export function Tag({ children, icon, tone = "default", title, compact = false }: Props) {
  return (
    <Box
      component="span"
      title={title}
      sx={{
        display: "inline-flex",
        alignItems: "center",
        gap: 0.5,
        px: compact ? 0.75 : 1,
        py: compact ? 0 : 0.25,
        border: 1,
        borderRadius: 999,
        borderColor: tone === "warning" ? "warning.main" : "divider",
        color: tone === "warning" ? "warning.main" : "text.primary",
        fontSize: compact ? "0.7rem" : "0.8125rem",
        lineHeight: compact ? "18px" : "20px",
        whiteSpace: "nowrap",
        "& svg": { fontSize: compact ? 13 : 16 },
      }}
    >
      {icon}
      {children}
    </Box>
  );
}

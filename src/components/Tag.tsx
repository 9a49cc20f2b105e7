import type { ReactNode } from "react";

interface Props {
  children: ReactNode;
  icon?: ReactNode;
  /** warning for flags such as "Outdated"; default is neutral. */
  tone?: "default" | "warning";
  title?: string;
  compact?: boolean;
}

/**
 * A small outlined label: a plain span (MUI's Chip brings ButtonBase along, and list rows render
 * many of these on every refresh).
 */
export function Tag({ children, icon, tone = "default", title, compact = false }: Props) {
  const color = tone === "warning" ? "var(--mui-palette-warning-main)" : undefined;
  return (
    <span
      title={title}
      className="tag"
      style={{
        display: "inline-flex",
        alignItems: "center",
        gap: 4,
        padding: compact ? "0 6px" : "2px 8px",
        border: `1px solid ${color ?? "var(--mui-palette-divider)"}`,
        borderRadius: 999,
        color,
        fontSize: compact ? "0.7rem" : "0.8125rem",
        lineHeight: compact ? "18px" : "20px",
        whiteSpace: "nowrap",
        // Tags may hold server text (a parent agent's name): its bidi controls stay inside.
        unicodeBidi: "isolate",
      }}
    >
      {icon}
      {children}
    </span>
  );
}

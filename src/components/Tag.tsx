import type { ReactNode } from "react";
import "./badges.css";

interface Props {
  children: ReactNode;
  icon?: ReactNode;
  /** warning for flags such as "Outdated"; default is neutral. */
  tone?: "default" | "warning";
  title?: string;
  compact?: boolean;
}

/**
 * A small outlined label: a plain span styled by class (badges.css); MUI's Chip brings ButtonBase
 * along, and list rows render many of these on every refresh.
 */
export function Tag({ children, icon, tone = "default", title, compact = false }: Props) {
  return (
    <span
      title={title}
      className={`tag${compact ? " compact" : ""}${tone === "warning" ? " warning" : ""}`}
    >
      {icon}
      {children}
    </span>
  );
}

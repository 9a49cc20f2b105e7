import { keyframes } from "@mui/material/styles";

// MUI's Skeleton as plain styles (its pulse, colour and shapes), for placeholders on the first
// load: the component itself costs the list's first load ~1 KiB gzip for a few grey bars.
const pulse = keyframes`
  0% { opacity: 1; }
  50% { opacity: 0.4; }
  100% { opacity: 1; }
`;

const BASE = {
  display: "block",
  backgroundColor: "var(--mui-palette-Skeleton-bg)",
  "@media (prefers-reduced-motion: no-preference)": {
    animation: `${pulse} 2s ease-in-out 0.5s infinite`,
  },
} as const;

/** Skeleton variant="text": a line of text's height, drawn at 60%. */
export const SKELETON_PULSE = {
  ...BASE,
  height: "auto",
  transformOrigin: "0 55%",
  transform: "scale(1, 0.60)",
  borderRadius: "8px/13.3px",
  "&:empty:before": { content: '"\\00a0"' },
} as const;

/** Skeleton variant="rounded". */
export const SKELETON_ROUNDED = { ...BASE, borderRadius: "var(--mui-shape-borderRadius)" } as const;

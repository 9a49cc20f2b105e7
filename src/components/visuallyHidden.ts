/**
 * Read by screen readers, not shown. Sizes are strings: in MUI's `sx` a bare 1 means 100%, which
 * made every hidden label as wide as the page and scrolled it sideways.
 */
export const visuallyHidden = {
  position: "absolute",
  width: "1px",
  height: "1px",
  overflow: "hidden",
  clipPath: "inset(50%)",
  whiteSpace: "nowrap",
} as const;

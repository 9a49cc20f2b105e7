/**
 * Read by screen readers, not shown. Lengths are strings on purpose: MUI's sx reads a bare `1` for
 * width/height as 100%, which made the element as wide as its container and the page scroll sideways.
 */
export const visuallyHidden = {
  position: "absolute",
  width: "1px",
  height: "1px",
  padding: 0,
  margin: "-1px",
  border: 0,
  overflow: "hidden",
  clip: "rect(0 0 0 0)",
  clipPath: "inset(50%)",
  whiteSpace: "nowrap",
} as const;

/** The overview's box and fold line, shared with its placeholder so nothing moves when it arrives. */
export const OVERVIEW_PAPER = { px: 2, py: 1 } as const;
export const OVERVIEW_LINE = {
  alignItems: "center",
  flexWrap: "wrap",
  columnGap: 2,
  rowGap: 0.25,
  minHeight: 36,
} as const;

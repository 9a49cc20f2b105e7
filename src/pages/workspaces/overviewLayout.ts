/** The overview's box and fold line, shared with its placeholder so nothing moves when it arrives. */
export const OVERVIEW_PAPER = { px: 2, py: 1 } as const;
export const OVERVIEW_LINE = {
  alignItems: "center",
  flexWrap: "wrap",
  columnGap: 2,
  rowGap: 0.25,
  minHeight: 36,
} as const;
/**
 * The folded overview's summary ("5,000 workspaces · 605 failed · …"): its own line on phones, two
 * lines tall there (what a fleet of thousands takes at 390 px), so it doesn't grow as counts do.
 */
export const OVERVIEW_SUMMARY = { order: { xs: 3, sm: 0 }, minHeight: { xs: 40, sm: 0 } } as const;
/**
 * What the figures cover ("So far: 50 of 5,000 read.", "All 5,000 read."): its own line on phones
 * whatever its length, so a shorter one never climbs up beside the fold button.
 */
export const OVERVIEW_COVERAGE = { flexBasis: { xs: "100%", sm: "auto" } } as const;

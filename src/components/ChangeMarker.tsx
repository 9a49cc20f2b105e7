import { changeMarkerText, isProblemChange, type ChangeKind } from "../domain/changeKinds";

const TONE = {
  problem: "var(--mui-palette-error-main)",
  recovered: "var(--mui-palette-success-main)",
  other: "var(--mui-palette-info-main)",
};

/**
 * "New: failed": what changed in a workspace since the user last looked, in words (the colour only
 * repeats them). A plain span with inline style, as Tag is: it renders in list rows.
 */
export function ChangeMarker({ kinds, label }: { kinds: readonly ChangeKind[]; label?: string }) {
  const tone = kinds.some(isProblemChange)
    ? TONE.problem
    : kinds.includes("recovered")
      ? TONE.recovered
      : TONE.other;
  return (
    <span
      className="change-mark"
      style={{
        display: "inline-flex",
        alignItems: "center",
        padding: "0 6px",
        border: `1px solid ${tone}`,
        borderRadius: 4,
        color: tone,
        fontSize: "0.7rem",
        fontWeight: 700,
        lineHeight: "18px",
        whiteSpace: "nowrap",
      }}
    >
      {label ?? changeMarkerText(kinds)}
    </span>
  );
}

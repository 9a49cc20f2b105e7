import { changeMarkerText, isProblemChange, type ChangeKind } from "../domain/changeKinds";
import "./badges.css";

/**
 * "New: failed": what changed in a workspace since the user last looked, in words (the colour only
 * repeats them). A plain span styled by class (badges.css), as Tag is: it renders in list rows.
 */
export function ChangeMarker({ kinds, label }: { kinds: readonly ChangeKind[]; label?: string }) {
  const tone = kinds.some(isProblemChange)
    ? " problem"
    : kinds.includes("recovered")
      ? " recovered"
      : "";
  return <span className={`change-mark${tone}`}>{label ?? changeMarkerText(kinds)}</span>;
}

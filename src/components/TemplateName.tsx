import type { Workspace } from "../coderd/schemas";
import { templateLabel } from "../domain/listView";
import { WidgetsIcon } from "./plainIcons";
import { SafeIcon } from "./SafeIcon";

/** Template display name, falling back to its name, with its icon when the URL is safe. */
export function TemplateName({
  workspace,
  withIcon = false,
}: {
  workspace: Workspace;
  withIcon?: boolean;
}) {
  const label = templateLabel(workspace);
  if (!withIcon) return <bdi>{label}</bdi>;
  return (
    <span style={{ display: "inline-flex", alignItems: "center", gap: 8, minWidth: 0 }}>
      <SafeIcon
        src={workspace.template_icon}
        size={18}
        fallback={
          <WidgetsIcon style={{ fontSize: 18, color: "var(--mui-palette-text-secondary)" }} />
        }
      />
      <bdi style={{ overflowWrap: "anywhere" }}>{label}</bdi>
    </span>
  );
}

import type { Workspace } from "../coderd/schemas";
import { templateLabel } from "../domain/listView";
import { WidgetsIcon } from "./plainIcons";
import { SafeIcon } from "./SafeIcon";
import "./badges.css";

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
    <span className="template-name">
      <SafeIcon src={workspace.template_icon} size={18} fallback={<WidgetsIcon />} />
      <bdi>{label}</bdi>
    </span>
  );
}

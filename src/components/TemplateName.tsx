import WidgetsOutlined from "@mui/icons-material/WidgetsOutlined";
import Box from "@mui/material/Box";
import type { Workspace } from "../api/types";
import { templateLabel } from "../domain/listView";
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
  if (!withIcon) return <>{label}</>;
  return (
    <Box
      component="span"
      sx={{ display: "inline-flex", alignItems: "center", gap: 1, minWidth: 0 }}
    >
      <SafeIcon
        src={workspace.template_icon}
        size={18}
        fallback={<WidgetsOutlined sx={{ fontSize: 18, color: "text.secondary" }} aria-hidden />}
      />
      <Box component="span" sx={{ overflowWrap: "anywhere" }}>
        {label}
      </Box>
    </Box>
  );
}

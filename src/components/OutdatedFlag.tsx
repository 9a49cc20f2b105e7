import UpdateOutlined from "@mui/icons-material/UpdateOutlined";
import { Tag } from "./Tag";

const HELP = "Built from an older template version than the template's active one.";

export function OutdatedFlag({ compact = false }: { compact?: boolean }) {
  return (
    <Tag
      tone="warning"
      icon={<UpdateOutlined aria-hidden style={{ fontSize: compact ? 13 : 16 }} />}
      title={HELP}
      compact={compact}
    >
      Outdated
    </Tag>
  );
}

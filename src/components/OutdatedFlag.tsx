import { UpdateIcon } from "./plainIcons";
import { Tag } from "./Tag";

const HELP = "Built from an older template version than the template's active one.";

export function OutdatedFlag({ compact = false }: { compact?: boolean }) {
  return (
    <Tag tone="warning" icon={<UpdateIcon />} title={HELP} compact={compact}>
      Outdated
    </Tag>
  );
}

import { BedtimeIcon } from "./plainIcons";
import { Tag } from "./Tag";
import { useNow } from "./useNow";
import { formatExact, formatRelative, parseTime } from "../domain/time";

/** "Dormant", with when it will be deleted (in words here, the exact time in the title). */
export function DormantFlag({
  deletingAt,
  compact = false,
}: {
  deletingAt: string | undefined;
  compact?: boolean;
}) {
  const now = useNow();
  const deleting = parseTime(deletingAt);
  return (
    <Tag
      tone="warning"
      icon={<BedtimeIcon />}
      title={
        deleting
          ? `Dormant: unused for too long. It will be deleted ${formatExact(deleting)}.`
          : "Dormant: unused for too long. Coder stops it and may delete it."
      }
      compact={compact}
    >
      Dormant{deleting ? ` · deleted ${formatRelative(deleting, now)}` : ""}
    </Tag>
  );
}

import UpdateOutlined from "@mui/icons-material/UpdateOutlined";
import Chip from "@mui/material/Chip";

const HELP = "Built from an older template version than the template's active one.";

export function OutdatedFlag({ compact = false }: { compact?: boolean }) {
  return (
    <Chip
      size="small"
      variant="outlined"
      color="warning"
      icon={<UpdateOutlined aria-hidden />}
      label="Outdated"
      title={HELP}
      sx={
        compact ? { height: 20, "& .MuiChip-label": { px: 0.75, fontSize: "0.7rem" } } : undefined
      }
    />
  );
}

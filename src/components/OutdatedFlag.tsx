import UpdateOutlined from "@mui/icons-material/UpdateOutlined";
import Chip from "@mui/material/Chip";
import Tooltip from "@mui/material/Tooltip";

const HELP = "Built from an older template version than the template's active one.";

export function OutdatedFlag({ compact = false }: { compact?: boolean }) {
  return (
    <Tooltip title={HELP}>
      <Chip
        size="small"
        variant="outlined"
        color="warning"
        icon={<UpdateOutlined aria-hidden />}
        label="Outdated"
        aria-label={`Outdated: ${HELP}`}
        tabIndex={0}
        sx={
          compact ? { height: 20, "& .MuiChip-label": { px: 0.75, fontSize: "0.7rem" } } : undefined
        }
      />
    </Tooltip>
  );
}

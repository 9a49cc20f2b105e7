import ChevronRightOutlined from "@mui/icons-material/ChevronRightOutlined";
import Button from "@mui/material/Button";
import Typography from "@mui/material/Typography";

/** The overview's heading, a disclosure button: folded, the overview is one line of totals. */
export function OverviewToggle({
  open,
  onToggle,
  bodyId,
}: {
  open: boolean;
  onToggle: () => void;
  bodyId: string;
}) {
  return (
    <Typography variant="h2" id="overview-title" sx={{ fontSize: "1.1rem", m: 0 }}>
      <Button
        color="inherit"
        aria-expanded={open}
        aria-controls={open ? bodyId : undefined}
        onClick={onToggle}
        startIcon={
          <ChevronRightOutlined
            aria-hidden
            sx={{ transform: open ? "rotate(90deg)" : undefined, transition: "transform 150ms" }}
          />
        }
        sx={{
          font: "inherit",
          fontWeight: 600,
          textTransform: "none",
          ml: -1,
          px: 1,
          "&.Mui-focusVisible": { outline: "2px solid", outlineColor: "primary.main" },
        }}
      >
        Fleet overview
      </Button>
    </Typography>
  );
}

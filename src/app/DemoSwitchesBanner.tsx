import Alert from "@mui/material/Alert";
import Button from "@mui/material/Button";
import { getDemoSwitches } from "./demoSwitches";

/** "Demo switches on: 5,000 workspaces" with a one-click reset (a full reload with ?demo_reset). */
export function DemoSwitchesBanner() {
  const on = getDemoSwitches();
  if (on.length === 0) return null;
  return (
    <Alert
      severity="info"
      role="status"
      sx={{ borderRadius: 0, py: 0, alignItems: "center" }}
      action={
        <Button
          color="inherit"
          size="small"
          onClick={() => window.location.assign(`${window.location.pathname}?demo_reset`)}
        >
          Reset demo
        </Button>
      }
    >
      Demo switches on: {on.join(", ")}.
    </Alert>
  );
}

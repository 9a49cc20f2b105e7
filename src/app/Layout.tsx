import AppBar from "@mui/material/AppBar";
import Box from "@mui/material/Box";
import Chip from "@mui/material/Chip";
import Link from "@mui/material/Link";
import Toolbar from "@mui/material/Toolbar";
import Typography from "@mui/material/Typography";
import { Outlet, Link as RouterLink } from "react-router";
import { backendLabel } from "./backend";
import { ColorSchemeToggle } from "./ColorSchemeToggle";
import { SessionControls } from "./SessionControls";

export function Layout() {
  const backend = backendLabel();
  return (
    <Box sx={{ minHeight: "100vh", bgcolor: "background.default", color: "text.primary" }}>
      <Box
        component="a"
        href="#main"
        sx={{
          position: "absolute",
          left: 8,
          top: -48,
          zIndex: 2000,
          p: 1,
          bgcolor: "background.paper",
          "&:focus": { top: 8 },
        }}
      >
        Skip to content
      </Box>
      <AppBar
        position="sticky"
        color="default"
        elevation={0}
        sx={{ borderBottom: 1, borderColor: "divider" }}
      >
        <Toolbar variant="dense" sx={{ gap: 2 }}>
          <Link
            component={RouterLink}
            to="/workspaces"
            underline="none"
            color="inherit"
            sx={{ fontWeight: 700, fontSize: "1.05rem" }}
          >
            Coder workspaces
          </Link>
          <Box sx={{ flex: 1 }} />
          <Chip
            size="small"
            variant="outlined"
            color={backend.kind === "demo" ? "warning" : "default"}
            label={
              <Typography component="span" variant="caption">
                {backend.kind === "demo" ? "Backend: " : "Connected to: "}
                <strong>{backend.label}</strong>
              </Typography>
            }
          />
          <SessionControls />
          <ColorSchemeToggle />
        </Toolbar>
      </AppBar>
      <Box
        component="main"
        id="main"
        tabIndex={-1}
        sx={{ maxWidth: 1440, mx: "auto", px: { xs: 1.5, sm: 3 }, py: 3, outline: "none" }}
      >
        <Outlet />
      </Box>
    </Box>
  );
}

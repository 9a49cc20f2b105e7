import Box from "@mui/material/Box";
import Link from "@mui/material/Link";
import Typography from "@mui/material/Typography";
import { Outlet, Link as RouterLink, useLocation } from "react-router";
import { backendLabel } from "./backend";
import { Tag } from "../components/Tag";
import { ColorSchemeToggle } from "./ColorSchemeToggle";
import { DemoSwitchesBanner } from "./DemoSwitchesBanner";
import { ErrorBoundary } from "./ErrorBoundary";
import { SessionControls } from "./SessionControls";
import { TimeFormatToggle } from "./TimeFormatToggle";
import { UpdateBanner } from "./UpdateBanner";

export function Layout() {
  const backend = backendLabel();
  const location = useLocation();
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
      <Box
        component="header"
        sx={{
          position: "sticky",
          top: 0,
          zIndex: 1100,
          bgcolor: "background.paper",
          borderBottom: 1,
          borderColor: "divider",
        }}
      >
        <Box
          sx={{
            display: "flex",
            alignItems: "center",
            gap: { xs: 1, sm: 2 },
            minHeight: 48,
            px: { xs: 1.5, sm: 3 },
          }}
        >
          <Link
            component={RouterLink}
            to="/workspaces"
            underline="none"
            color="inherit"
            sx={{ fontWeight: 700, fontSize: "1.05rem", whiteSpace: "nowrap" }}
          >
            Coder workspaces
          </Link>
          <Box sx={{ flex: 1 }} />
          <Tag tone={backend.kind === "demo" ? "warning" : "default"}>
            <Typography component="span" variant="caption">
              <Box component="span" sx={{ display: { xs: "none", sm: "inline" } }}>
                {backend.kind === "demo" ? "Backend: " : "Connected to: "}
              </Box>
              <strong>{backend.label}</strong>
            </Typography>
          </Tag>
          <SessionControls />
          <TimeFormatToggle />
          <ColorSchemeToggle />
        </Box>
        <DemoSwitchesBanner />
      </Box>
      <Box
        component="main"
        id="main"
        tabIndex={-1}
        sx={{ maxWidth: 1440, mx: "auto", px: { xs: 1.5, sm: 3 }, py: 3, outline: "none" }}
      >
        <UpdateBanner />
        <ErrorBoundary key={location.pathname}>
          <Outlet />
        </ErrorBoundary>
      </Box>
    </Box>
  );
}

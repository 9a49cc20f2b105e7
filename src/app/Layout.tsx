import Box from "@mui/material/Box";
import Link from "@mui/material/Link";
import Typography from "@mui/material/Typography";
import { useState, type MouseEvent } from "react";
import { Outlet, Link as RouterLink, useLocation } from "react-router";
import { focusResults, RESULTS_ID } from "../pages/workspaces/results";
import { useHeadingFocus } from "./useHeadingFocus";
import { backendLabel } from "./backend";
import { Tag } from "../components/Tag";
import { ColorSchemeToggle } from "./ColorSchemeToggle";
import { DemoSwitchesBanner } from "./DemoSwitchesBanner";
import { ErrorBoundary } from "./ErrorBoundary";
import { SessionControls } from "./SessionControls";
import { TimeFormatToggle } from "./TimeFormatToggle";
import { UpdateBanner } from "./UpdateBanner";
import { ChangesProvider } from "./ChangesProvider";
import { useWakeRefresh } from "../api/wake";

const SKIP_LINK = {
  position: "absolute",
  left: 8,
  top: -48,
  zIndex: 2000,
  p: 1,
  bgcolor: "background.paper",
  "&:focus": { top: 8 },
} as const;

export function Layout() {
  const backend = backendLabel();
  const location = useLocation();
  const [main, setMain] = useState<HTMLElement | null>(null);
  useHeadingFocus(main);
  // After a sleep or an hour in the background, every page's data is asked again at once.
  useWakeRefresh();
  const onList = location.pathname === "/workspaces";
  return (
    <Box sx={{ minHeight: "100vh", bgcolor: "background.default", color: "text.primary" }}>
      {onList ? (
        <Box
          component="a"
          href={`#${RESULTS_ID}`}
          onClick={(e: MouseEvent) => {
            if (focusResults()) e.preventDefault();
          }}
          sx={SKIP_LINK}
        >
          Skip to results
        </Box>
      ) : null}
      <Box component="a" href="#main" sx={SKIP_LINK}>
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
            gap: { xs: 0.5, sm: 2 },
            minHeight: 48,
            px: { xs: 1.5, sm: 3 },
          }}
        >
          <Link
            component={RouterLink}
            to="/workspaces"
            underline="none"
            color="inherit"
            sx={{ fontWeight: 700, fontSize: { xs: "1rem", sm: "1.05rem" }, whiteSpace: "nowrap" }}
          >
            Coder workspaces
          </Link>
          <Box sx={{ flex: 1, minWidth: 0 }} />
          {/* Shrinks (the host cut with an ellipsis, whole in its title) before anything leaves
              a phone's screen: a long host once pushed the theme toggle off it. */}
          <Box
            sx={{
              minWidth: 0,
              display: "flex",
              "& .tag": { maxWidth: "100%", minWidth: 0 },
            }}
            title={backend.label}
          >
            <Tag tone={backend.kind === "demo" ? "warning" : "default"}>
              <Typography
                component="span"
                variant="caption"
                sx={{ overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" }}
              >
                <Box component="span" sx={{ display: { xs: "none", sm: "inline" } }}>
                  {backend.kind === "demo" ? "Backend: " : "Connected to: "}
                </Box>
                <strong>{backend.label}</strong>
              </Typography>
            </Tag>
          </Box>
          <SessionControls />
          <TimeFormatToggle />
          <ColorSchemeToggle />
        </Box>
        <DemoSwitchesBanner />
      </Box>
      <Box
        component="main"
        ref={setMain}
        id="main"
        tabIndex={-1}
        sx={{
          maxWidth: 1440,
          mx: "auto",
          px: { xs: 1.5, sm: 3 },
          py: { xs: 2, sm: 2.5 },
          outline: "none",
          // Focus lands on the heading after a route change; the heading isn't a control to outline.
          "& h1:focus": { outline: "none" },
        }}
      >
        <UpdateBanner />
        <ChangesProvider>
          <ErrorBoundary key={location.pathname}>
            <Outlet />
          </ErrorBoundary>
        </ChangesProvider>
      </Box>
    </Box>
  );
}

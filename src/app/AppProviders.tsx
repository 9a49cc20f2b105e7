import CssBaseline from "@mui/material/CssBaseline";
import GlobalStyles from "@mui/material/GlobalStyles";
import { ThemeProvider } from "@mui/material/styles";
import { QueryClientProvider, type QueryClient } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { theme } from "./theme";
import { visuallyHidden } from "../components/visuallyHidden";

const RING = {
  outline: "2px solid var(--mui-palette-primary-main)",
  outlineOffset: "2px",
};

// Classes shared by many small, often re-rendered elements (status icons), defined once. One focus
// ring for every control: MUI's buttons reset the outline, so they get it back here (keyboard focus
// only); the filter bar's switches draw it around the track (SwitchField).
const GLOBAL = {
  ":focus-visible": RING,
  ".MuiButtonBase-root.Mui-focusVisible": RING,
  "summary:focus-visible": RING,
  // components/visuallyHidden.ts as a class, for elements rendered per row (list rows' link names).
  ".visually-hidden": visuallyHidden,
  // MUI's SvgIcon, for the plain icons of list rows (components/plainIcons.tsx).
  ".icon": {
    userSelect: "none",
    width: "1em",
    height: "1em",
    display: "inline-block",
    flexShrink: 0,
    fill: "currentColor",
    fontSize: "1.5rem",
    transition: "fill 200ms cubic-bezier(0.4, 0, 0.2, 1) 0ms",
  },
  "@keyframes status-spin": { to: { transform: "rotate(-360deg)" } },
  "@media (prefers-reduced-motion: no-preference)": {
    ".status-spin": { animation: "status-spin 1.6s linear infinite" },
  },
};

export function AppProviders({
  queryClient,
  children,
}: {
  queryClient: QueryClient;
  children: ReactNode;
}) {
  return (
    <QueryClientProvider client={queryClient}>
      <ThemeProvider theme={theme} defaultMode="system">
        <CssBaseline enableColorScheme />
        <GlobalStyles styles={GLOBAL} />
        {children}
      </ThemeProvider>
    </QueryClientProvider>
  );
}

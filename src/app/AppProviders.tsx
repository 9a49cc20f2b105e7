import CssBaseline from "@mui/material/CssBaseline";
import GlobalStyles from "@mui/material/GlobalStyles";
import { ThemeProvider } from "@mui/material/styles";
import { QueryClientProvider, type QueryClient } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { theme } from "./theme";

// Classes shared by many small, often re-rendered elements (status icons), defined once.
const GLOBAL = {
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

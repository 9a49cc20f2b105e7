import { createTheme } from "@mui/material/styles";

export const theme = createTheme({
  cssVariables: { colorSchemeSelector: "class" },
  colorSchemes: {
    light: {
      palette: {
        primary: { main: "#1d4ed8" },
        // Darker than MUI's defaults so text in these colours passes WCAG AA on white.
        warning: { main: "#b45309" },
        info: { main: "#0369a1" },
        success: { main: "#15803d" },
        background: { default: "#f6f7f9", paper: "#ffffff" },
      },
    },
    dark: {
      palette: {
        primary: { main: "#93b4ff" },
        background: { default: "#0f1115", paper: "#171a21" },
      },
    },
  },
  shape: { borderRadius: 8 },
  typography: {
    fontFamily:
      'Inter, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
    h1: { fontSize: "1.6rem", fontWeight: 650 },
    h2: { fontSize: "1.2rem", fontWeight: 650 },
    h3: { fontSize: "1rem", fontWeight: 650 },
  },
  components: {
    MuiButtonBase: { defaultProps: { disableRipple: true } },
    // Sentence case everywhere ("Clear filters", not "CLEAR FILTERS").
    MuiButton: { styleOverrides: { root: { textTransform: "none" } } },
    MuiPaper: { defaultProps: { variant: "outlined" } },
    MuiTableCell: { styleOverrides: { head: { fontWeight: 600 } } },
  },
});

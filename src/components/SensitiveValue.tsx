import VisibilityOffOutlined from "@mui/icons-material/VisibilityOffOutlined";
import VisibilityOutlined from "@mui/icons-material/VisibilityOutlined";
import Box from "@mui/material/Box";
import IconButton from "@mui/material/IconButton";
import { useState } from "react";

interface Props {
  value: string;
  /** Names the value for the reveal button, e.g. "api_key". */
  label: string;
}

/** Masked until the user reveals it; the clear value is not in the DOM before that. */
export function SensitiveValue({ value, label }: Props) {
  const [shown, setShown] = useState(false);
  return (
    <Box
      component="span"
      sx={{ display: "inline-flex", alignItems: "center", gap: 0.5, minWidth: 0 }}
    >
      <Box
        component="code"
        sx={{
          fontFamily: "monospace",
          wordBreak: "break-all",
          color: shown ? "text.primary" : "text.secondary",
        }}
      >
        {shown ? <bdi>{value}</bdi> : "••••••••"}
      </Box>
      <IconButton
        size="small"
        aria-label={shown ? `Hide ${label}` : `Reveal ${label}`}
        aria-pressed={shown}
        onClick={() => setShown((s) => !s)}
      >
        {shown ? (
          <VisibilityOffOutlined fontSize="inherit" />
        ) : (
          <VisibilityOutlined fontSize="inherit" />
        )}
      </IconButton>
    </Box>
  );
}

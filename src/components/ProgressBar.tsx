import Box from "@mui/material/Box";
import { keyframes } from "@mui/material/styles";

const slide = keyframes`
  from { transform: translateX(-100%); }
  to { transform: translateX(250%); }
`;

/** An indeterminate progress line; MUI's LinearProgress does more than this needs. */
export function ProgressBar({ label, overlay = false }: { label: string; overlay?: boolean }) {
  return (
    <Box
      role="progressbar"
      aria-label={label}
      sx={{
        height: 3,
        overflow: "hidden",
        bgcolor: "action.hover",
        borderRadius: 2,
        ...(overlay ? { position: "absolute", top: 0, left: 0, right: 0, zIndex: 3 } : null),
      }}
    >
      <Box
        sx={{
          width: "40%",
          height: "100%",
          bgcolor: "primary.main",
          "@media (prefers-reduced-motion: no-preference)": {
            animation: `${slide} 1.2s ease-in-out infinite`,
          },
        }}
      />
    </Box>
  );
}

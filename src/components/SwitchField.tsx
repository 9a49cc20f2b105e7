import Box from "@mui/material/Box";
import type { ChangeEvent } from "react";

// MUI's <FormControlLabel control={<Switch />} /> (medium, primary) drawn with plain elements: the
// same markup roles (a checkbox inside its label), sizes, colours and motion, without Switch,
// SwitchBase and FormControlLabel in the list's first load (~3 KiB gzip).
const SWITCH_FIELD = {
  display: "inline-flex",
  alignItems: "center",
  cursor: "pointer",
  verticalAlign: "middle",
  WebkitTapHighlightColor: "transparent",
  ml: "-11px",
  mr: 2,
  "& .switch": {
    display: "inline-flex",
    width: 58,
    height: 38,
    overflow: "hidden",
    p: "12px",
    boxSizing: "border-box",
    position: "relative",
    flexShrink: 0,
    zIndex: 0,
    verticalAlign: "middle",
    "@media print": { colorAdjust: "exact" },
  },
  // One focus ring for every control (AppProviders' GLOBAL draws it for MUI's Switch).
  "& .switch:has(input:focus-visible)": {
    outline: "2px solid var(--mui-palette-primary-main)",
    outlineOffset: "2px",
    borderRadius: 999,
  },
  "& .switch-base": {
    display: "inline-flex",
    alignItems: "center",
    justifyContent: "center",
    position: "absolute",
    top: 0,
    left: 0,
    zIndex: 1,
    boxSizing: "border-box",
    p: "9px",
    borderRadius: "50%",
    color: "var(--mui-palette-Switch-defaultColor)",
    transition:
      "left 150ms cubic-bezier(0.4, 0, 0.2, 1) 0ms, transform 150ms cubic-bezier(0.4, 0, 0.2, 1) 0ms",
    "&:hover": {
      backgroundColor:
        "rgba(var(--mui-palette-action-activeChannel) / calc(var(--mui-palette-action-hoverOpacity)))",
      "@media (hover: none)": { backgroundColor: "transparent" },
    },
  },
  "& .switch-base.checked": {
    transform: "translateX(20px)",
    color: "primary.main",
    "&:hover": {
      backgroundColor:
        "rgba(var(--mui-palette-primary-mainChannel) / calc(var(--mui-palette-action-hoverOpacity)))",
      "@media (hover: none)": { backgroundColor: "transparent" },
    },
  },
  "& .switch-input": {
    cursor: "inherit",
    position: "absolute",
    opacity: 0,
    top: 0,
    left: "-100%",
    width: "300%",
    height: "100%",
    m: 0,
    p: 0,
    zIndex: 1,
  },
  "& .switch-thumb": {
    boxShadow: 1,
    backgroundColor: "currentColor",
    boxSizing: "border-box",
    border: "1px solid transparent",
    width: 20,
    height: 20,
    borderRadius: "50%",
  },
  "& .switch-track": {
    height: "100%",
    width: "100%",
    borderRadius: "7px",
    zIndex: -1,
    transition:
      "opacity 150ms cubic-bezier(0.4, 0, 0.2, 1) 0ms, background-color 150ms cubic-bezier(0.4, 0, 0.2, 1) 0ms",
    backgroundColor: "var(--mui-palette-common-onBackground)",
    opacity: "var(--mui-opacity-switchTrack)",
    "@media (forced-colors: active)": { boxSizing: "border-box", border: "1px solid ButtonBorder" },
  },
  "& .switch-base.checked + .switch-track": { opacity: 0.5, backgroundColor: "primary.main" },
  "& .switch-label": { typography: "body1" },
} as const;

/** A labelled on/off switch: a checkbox with role="switch" named by its label, as MUI renders one. */
export function SwitchField({
  label,
  checked,
  onChange,
}: {
  label: string;
  checked: boolean;
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
}) {
  return (
    <Box component="label" sx={SWITCH_FIELD}>
      <span className="switch">
        <span className={checked ? "switch-base checked" : "switch-base"}>
          <input
            type="checkbox"
            role="switch"
            className="switch-input"
            checked={checked}
            onChange={onChange}
          />
          <span className="switch-thumb" />
        </span>
        <span className="switch-track" />
      </span>
      <span className="switch-label">{label}</span>
    </Box>
  );
}

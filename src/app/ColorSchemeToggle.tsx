import DarkModeOutlined from "@mui/icons-material/DarkModeOutlined";
import LightModeOutlined from "@mui/icons-material/LightModeOutlined";
import SettingsBrightnessOutlined from "@mui/icons-material/SettingsBrightnessOutlined";
import IconButton from "@mui/material/IconButton";
import { useColorScheme } from "@mui/material/styles";

const NEXT = { system: "light", light: "dark", dark: "system" } as const;
const LABEL = { system: "Theme: follows the system", light: "Theme: light", dark: "Theme: dark" };

/** Cycles system -> light -> dark; the current choice is the button's name. */
export function ColorSchemeToggle() {
  const { mode, setMode } = useColorScheme();
  const current = mode ?? "system";
  const Icon =
    current === "dark"
      ? DarkModeOutlined
      : current === "light"
        ? LightModeOutlined
        : SettingsBrightnessOutlined;
  return (
    <IconButton
      title={`${LABEL[current]} (click to change)`}
      color="inherit"
      aria-label={LABEL[current]}
      onClick={() => setMode(NEXT[current])}
    >
      <Icon />
    </IconButton>
  );
}

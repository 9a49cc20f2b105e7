import Button from "@mui/material/Button";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { useState } from "react";
import { AppCard } from "./AppCard";
import { anchorId } from "./DeepLinkActions";
import type { WorkspaceAgent, WorkspaceApp } from "../../coderd/schemas";

/**
 * An agent's apps. Hidden apps (Coder's own UI never shows them) fold away like hidden resources;
 * a deep link to one unfolds it.
 */
export function AgentApps({
  agent,
  apps,
  highlighted,
}: {
  agent: WorkspaceAgent;
  apps: WorkspaceApp[];
  highlighted: string;
}) {
  const indexed = apps.map((app, i) => ({ app, i }));
  const hidden = indexed.filter(({ app }) => app.hidden === true);
  const linkedHidden = hidden.some(
    ({ app, i }) => highlighted === anchorId("app", app.id, `${app.slug ?? "app"}-${i}`),
  );
  const [showHidden, setShowHidden] = useState(false);
  const shown = showHidden || linkedHidden ? indexed : indexed.filter(({ app }) => !app.hidden);
  const noun = hidden.length === 1 ? "hidden app" : "hidden apps";
  return (
    <Stack spacing={1}>
      <Typography variant="body2" component="h5" sx={{ fontWeight: 600 }}>
        Apps ({apps.length}
        {hidden.length ? `, ${hidden.length} hidden` : ""})
      </Typography>
      {shown.length ? (
        <Stack component="ul" spacing={1} sx={{ p: 0, m: 0 }}>
          {shown.map(({ app, i }) => (
            <AppCard
              key={app.id ?? `${app.slug}-${i}`}
              agent={agent}
              app={app}
              index={i}
              highlighted={highlighted}
            />
          ))}
        </Stack>
      ) : (
        <Typography variant="body2" color="text.secondary">
          {apps.length ? "Every app of this agent is hidden." : "This agent has no apps."}
        </Typography>
      )}
      {hidden.length > 0 && !linkedHidden ? (
        <Button
          size="small"
          sx={{
            alignSelf: "flex-start",
            // Ripples are off app-wide, and ButtonBase removes the outline: keep focus visible.
            "&.Mui-focusVisible": {
              outline: "2px solid",
              outlineColor: "primary.main",
              outlineOffset: 2,
            },
          }}
          onClick={() => setShowHidden((s) => !s)}
          aria-expanded={showHidden}
        >
          {showHidden ? `Hide ${hidden.length} ${noun}` : `Show ${hidden.length} ${noun}`}
        </Button>
      ) : null}
    </Stack>
  );
}

import Box from "@mui/material/Box";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { Mono } from "./Section";
import type { AgentScript, WorkspaceAgent } from "../../coderd/schemas";
import { visuallyHidden } from "../../components/visuallyHidden";
import { formatDuration } from "../../domain/time";
import { withoutBidiControls } from "../../domain/bidi";

interface ScriptView {
  key: string;
  name: string;
  facts: string[];
  cron: string | undefined;
  text: string | undefined;
}

function whenItRuns(s: AgentScript): string[] {
  const facts: string[] = [];
  if (s.run_on_start) facts.push("Runs on start");
  if (s.run_on_stop) facts.push("Runs on stop");
  if (!s.run_on_start && !s.run_on_stop && !s.cron) facts.push("Runs on demand");
  facts.push(s.start_blocks_login ? "Blocks login until it finishes" : "Does not block login");
  facts.push(
    s.timeout && s.timeout > 0 ? `Timeout ${formatDuration(s.timeout * 1000)}` : "No timeout",
  );
  return facts;
}

/** Today's `scripts[]`, or an old server's single `startup_script` (with its legacy behaviour). */
export function agentScripts(agent: WorkspaceAgent): ScriptView[] {
  const scripts = agent.scripts ?? [];
  const views: ScriptView[] = scripts.map((s, i) => ({
    key: s.id ?? `script-${i}`,
    name: s.display_name || `Script ${i + 1}`,
    facts: whenItRuns(s),
    cron: s.cron || undefined,
    text: s.script,
  }));
  if (agent.startup_script && !scripts.some((s) => s.script === agent.startup_script)) {
    const behavior = agent.startup_script_behavior;
    views.push({
      key: "legacy-startup-script",
      name: "Startup script",
      facts: [
        "Runs on start",
        behavior === "blocking"
          ? "Blocks login until it finishes"
          : behavior === "non-blocking"
            ? "Does not block login"
            : behavior
              ? `Behaviour: ${behavior}`
              : "Sent by an older server",
      ],
      cron: undefined,
      text: agent.startup_script,
    });
  }
  return views;
}

/** The agent's scripts: when each runs, whether it blocks login, its timeout; the text folded. */
export function ScriptsPanel({ agent }: { agent: WorkspaceAgent }) {
  const scripts = agentScripts(agent);
  return (
    <Stack spacing={1}>
      <Typography variant="body2" component="h5" sx={{ fontWeight: 600 }}>
        Scripts ({scripts.length})
      </Typography>
      {scripts.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          This agent has no scripts.
        </Typography>
      ) : (
        <Stack component="ul" spacing={1} sx={{ p: 0, m: 0, listStyle: "none" }}>
          {scripts.map((s) => (
            <Box
              component="li"
              key={s.key}
              sx={{ border: 1, borderColor: "divider", borderRadius: 1, p: 1.5, minWidth: 0 }}
            >
              <Typography sx={{ fontWeight: 600, overflowWrap: "anywhere" }}>{s.name}</Typography>
              <Typography variant="body2" color="text.secondary">
                {s.facts.join(" · ")}
              </Typography>
              {s.cron ? (
                <Typography variant="body2">
                  On a schedule: <Mono>{s.cron}</Mono>
                </Typography>
              ) : null}
              {s.text ? (
                <Box component="details" sx={{ mt: 0.5 }}>
                  <Box
                    component="summary"
                    sx={{ cursor: "pointer", fontSize: "0.875rem", fontWeight: 600 }}
                  >
                    Show the script
                    <Box component="span" sx={visuallyHidden}>
                      {" "}
                      {s.name}
                    </Box>
                  </Box>
                  <Box
                    component="pre"
                    tabIndex={0}
                    aria-label={`Script ${withoutBidiControls(s.name)}`}
                    sx={{
                      mt: 1,
                      mb: 0,
                      p: 1.5,
                      bgcolor: "action.hover",
                      borderRadius: 1,
                      overflowX: "auto",
                      maxHeight: 320,
                      fontSize: "0.8rem",
                      fontFamily: "ui-monospace, Menlo, monospace",
                    }}
                  >
                    {s.text}
                  </Box>
                </Box>
              ) : (
                <Typography variant="body2" color="text.secondary">
                  No script text was sent.
                </Typography>
              )}
            </Box>
          ))}
        </Stack>
      )}
    </Stack>
  );
}

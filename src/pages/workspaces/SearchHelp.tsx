import Box from "@mui/material/Box";
import { QUERY_KEYS } from "../../domain/query/keys";

/** Every key of the search, folded: the same list the parser reads, so help and errors agree. */
export function SearchHelp() {
  return (
    <Box
      component="details"
      sx={{ mt: 0.5, mx: 1.75, fontSize: "0.75rem", color: "text.secondary" }}
    >
      <Box component="summary" sx={{ cursor: "pointer", width: "fit-content" }}>
        All {QUERY_KEYS.length} search keys
      </Box>
      <Box component="p" sx={{ my: 0.5 }}>
        Bare words search the name; <code>alice/dev</code> means owner alice, name dev; quote values
        that hold spaces or times.
      </Box>
      <Box component="p" sx={{ my: 0.5 }}>
        <code>healthy:</code> here means what the list marks: a running workspace whose agents are
        all healthy (<code>true</code>) or one with an unhealthy agent (<code>false</code>), by
        coderd&apos;s <code>health</code> field. coderd&apos;s own key only asks whether an agent is
        connected (<code>true</code>) or disconnected or timed out (<code>false</code>), so a
        workspace with one connected and one timed-out agent, or a failed startup script, answers
        both; the dashboard asks coderd for running workspaces with agents and keeps those that
        match. <code>has-agent:</code> keeps coderd&apos;s meaning.
      </Box>
      <Box
        component="dl"
        sx={{ m: 0, display: "grid", gridTemplateColumns: "max-content 1fr", columnGap: 1.5 }}
      >
        {QUERY_KEYS.map((spec) => (
          <Box key={spec.key} sx={{ display: "contents" }}>
            <dt>
              <code>{spec.key}:</code>
            </dt>
            <Box component="dd" sx={{ m: 0 }}>
              {spec.help}
            </Box>
          </Box>
        ))}
      </Box>
    </Box>
  );
}

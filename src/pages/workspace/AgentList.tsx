import Button from "@mui/material/Button";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { useDeferredValue, useState, type ReactNode } from "react";
import { anchorId } from "./DeepLinkActions";
import { TextInput } from "../../components/TextInput";
import { AGENTS_FIRST_PAINT, AGENTS_PER_SCREEN, foldAgents } from "../../domain/agentFold";
import { agentsExpectedUp, type AgentNode } from "../../domain/health";

/** Whether `highlighted` (the URL's #anchor) is this agent, one of its apps or sub-agents. */
function holdsAnchor(node: AgentNode, highlighted: string): boolean {
  const { agent, index } = node;
  if (highlighted === anchorId("agent", agent.id, `${agent.name ?? "agent"}-${index}`)) return true;
  const apps = agent.apps ?? [];
  if (apps.some((app, i) => highlighted === anchorId("app", app.id, `${app.slug ?? "app"}-${i}`)))
    return true;
  return node.children.some((child) => holdsAnchor(child, highlighted));
}

const count = (n: number) => n.toLocaleString("en");

/**
 * Agents, a screenful at a time: up to AGENTS_PER_SCREEN all show; beyond that the unhealthy come
 * first, a filter finds any by name or state, and "Show more" adds the next screenful. A deep link
 * to an agent (or its app) beyond the fold shows it too.
 */
export function AgentList({
  nodes,
  workspaceStatus,
  highlighted,
  label,
  renderNode,
}: {
  nodes: readonly AgentNode[];
  workspaceStatus: string | undefined;
  highlighted: string;
  /** Names the list for the filter and the count, e.g. "agents" or "sub-agents of main". */
  label: string;
  renderNode: (node: AgentNode) => ReactNode;
}) {
  const [query, setQuery] = useState("");
  const [limit, setLimit] = useState(AGENTS_PER_SCREEN);
  // Each card is a heavy render: a few paint at once, the rest of the screenful (and each "Show
  // more") in a background render that input can interrupt.
  const shownLimit = useDeferredValue(limit, AGENTS_FIRST_PAINT);
  const shownQuery = useDeferredValue(query);
  if (nodes.length <= AGENTS_PER_SCREEN) return <>{nodes.map(renderNode)}</>;

  const fold = foldAgents(nodes, {
    query: shownQuery,
    limit: shownLimit,
    expectedUp: agentsExpectedUp(workspaceStatus),
    pinned: highlighted ? (node) => holdsAnchor(node, highlighted) : undefined,
  });
  const more = Math.min(AGENTS_PER_SCREEN, fold.matching - Math.min(limit, fold.matching));
  return (
    <>
      <Stack direction="row" sx={{ alignItems: "center", gap: 2, flexWrap: "wrap" }}>
        <TextInput
          label={`Filter ${label}`}
          placeholder="Name or state, e.g. unhealthy"
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setLimit(AGENTS_PER_SCREEN);
          }}
          sx={{ minWidth: 260 }}
        />
        <Typography variant="body2" color="text.secondary" role="status">
          {shownQuery
            ? `${count(fold.matching)} of ${count(nodes.length)} ${label} match; showing ${count(fold.shown.length)}`
            : `Showing ${count(fold.shown.length)} of ${count(nodes.length)} ${label}, unhealthy first`}
        </Typography>
      </Stack>
      {fold.shown.map(renderNode)}
      {more > 0 ? (
        <Button sx={{ alignSelf: "flex-start" }} onClick={() => setLimit((l) => l + more)}>
          Show {count(more)} more
        </Button>
      ) : null}
    </>
  );
}

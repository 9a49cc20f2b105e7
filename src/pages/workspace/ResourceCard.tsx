import StorageOutlined from "@mui/icons-material/StorageOutlined";
import Box from "@mui/material/Box";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { AgentCard } from "./AgentCard";
import { AgentList } from "./AgentList";
import { anchorId, DeepLinkActions, highlightSx } from "./DeepLinkActions";
import { Mono } from "./Section";
import type { WorkspaceResource } from "../../coderd/schemas";
import { CostText } from "../../components/CostText";
import { SafeIcon } from "../../components/SafeIcon";
import { SensitiveValue } from "../../components/SensitiveValue";
import { withoutBidiControls } from "../../domain/bidi";
import { agentTree, type AgentNode } from "../../domain/health";

interface Props {
  resource: WorkspaceResource;
  index: number;
  workspaceStatus: string | undefined;
  highlighted: string;
}

/** An agent, then its sub-agents (dev containers) indented under it and marked as such. */
function AgentWithSubAgents({
  node,
  workspaceStatus,
  highlighted,
}: {
  node: AgentNode;
  workspaceStatus: string | undefined;
  highlighted: string;
}) {
  const parentName = node.agent.name || "Unnamed agent";
  return (
    <>
      <AgentCard
        agent={node.agent}
        index={node.index}
        workspaceStatus={workspaceStatus}
        highlighted={highlighted}
        orphan={node.orphan}
      />
      {node.children.length ? (
        <Stack
          role="group"
          aria-label={`Sub-agents of ${withoutBidiControls(parentName)}`}
          spacing={2}
          sx={{ pl: { xs: 1.5, sm: 3 }, borderLeft: 2, borderColor: "divider" }}
        >
          <AgentList
            nodes={node.children}
            workspaceStatus={workspaceStatus}
            highlighted={highlighted}
            label={`sub-agents of ${parentName}`}
            renderNode={(child) => (
              <AgentCard
                key={child.agent.id ?? `${child.agent.name}-${child.index}`}
                agent={child.agent}
                index={child.index}
                workspaceStatus={workspaceStatus}
                highlighted={highlighted}
                parentName={parentName}
              />
            )}
          />
        </Stack>
      ) : null}
    </>
  );
}

export function ResourceCard({ resource, index, workspaceStatus, highlighted }: Props) {
  const anchor = anchorId("resource", resource.id, `${resource.name ?? "resource"}-${index}`);
  const name = resource.name || "Unnamed resource";
  const metadata = resource.metadata ?? [];
  const agents = resource.agents ?? [];
  return (
    <Box
      component="article"
      id={anchor}
      aria-label={`Resource ${withoutBidiControls(name)}`}
      sx={{
        border: 1,
        borderColor: "divider",
        borderRadius: 2,
        p: { xs: 1.5, sm: 2 },
        bgcolor: "background.paper",
        ...highlightSx(highlighted === anchor),
      }}
    >
      <Stack spacing={2}>
        <Stack direction="row" sx={{ alignItems: "center", gap: 1.5, flexWrap: "wrap" }}>
          <SafeIcon
            src={resource.icon}
            size={28}
            fallback={<StorageOutlined sx={{ color: "text.secondary" }} aria-hidden />}
          />
          <Stack sx={{ minWidth: 0, flex: 1 }}>
            <Typography variant="h3" sx={{ overflowWrap: "anywhere" }}>
              <bdi>{name}</bdi>
            </Typography>
            <Typography variant="body2" color="text.secondary">
              <Mono>{resource.type || "unknown type"}</Mono> ·{" "}
              <CostText value={resource.daily_cost} perDay />
            </Typography>
          </Stack>
          <DeepLinkActions anchor={anchor} id={resource.id} what={`resource ${name}`} />
        </Stack>
        {metadata.length ? (
          <Box
            component="dl"
            sx={{
              display: "grid",
              gridTemplateColumns: "minmax(90px, auto) 1fr",
              columnGap: 2,
              rowGap: 0.5,
              m: 0,
              fontSize: "0.875rem",
              "& dt": { color: "text.secondary" },
              "& dd": { m: 0, minWidth: 0, overflowWrap: "anywhere" },
            }}
          >
            {metadata.map((m, i) => (
              <Box key={`${m.key ?? ""}-${i}`} sx={{ display: "contents" }}>
                <dt>
                  <bdi>{m.key || "(no key)"}</bdi>
                </dt>
                <dd>
                  {m.sensitive ? (
                    <SensitiveValue
                      value={m.value ?? ""}
                      label={`value of ${m.key ?? "metadata"}`}
                    />
                  ) : (
                    <bdi>{m.value ?? ""}</bdi>
                  )}
                </dd>
              </Box>
            ))}
          </Box>
        ) : null}
        <AgentList
          nodes={agentTree(agents)}
          workspaceStatus={workspaceStatus}
          highlighted={highlighted}
          label="agents"
          renderNode={(node) => (
            <AgentWithSubAgents
              key={node.agent.id ?? `${node.agent.name}-${node.index}`}
              node={node}
              workspaceStatus={workspaceStatus}
              highlighted={highlighted}
            />
          )}
        />
      </Stack>
    </Box>
  );
}

import AppsOutlined from "@mui/icons-material/AppsOutlined";
import OpenInNewOutlined from "@mui/icons-material/OpenInNewOutlined";
import Box from "@mui/material/Box";
import Link from "@mui/material/Link";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { AppDetails } from "./AppDetails";
import { anchorId, DeepLinkActions, highlightSx } from "./DeepLinkActions";
import { Mono } from "./Section";
import { use } from "react";
import { AppLinkContext } from "./appLinks";
import type { WorkspaceAgent, WorkspaceApp } from "../../coderd/schemas";
import { SafeIcon } from "../../components/SafeIcon";
import { visuallyHidden } from "../../components/visuallyHidden";
import { StatusBadge } from "../../components/StatusBadge";
import { appHealth, sharingLabel } from "../../domain/status";

function healthcheckText(app: WorkspaceApp): string {
  const hc = app.healthcheck;
  if (app.health === "disabled" || !hc?.url) return "No health check configured.";
  const every = hc.interval ? `every ${hc.interval} s` : "periodically";
  const threshold = hc.threshold
    ? `; unhealthy after ${hc.threshold} failed check${hc.threshold === 1 ? "" : "s"} in a row`
    : "";
  return `Checks ${hc.url} ${every}${threshold}.`;
}

/** The app's open link, as Coder builds it; or why there is none. */
function OpenApp({ agent, app, name }: { agent: WorkspaceAgent; app: WorkspaceApp; name: string }) {
  const linkOf = use(AppLinkContext);
  const link = linkOf?.(agent, app);
  if (!link) return null;
  if (link.kind === "none") {
    return (
      <Typography variant="body2" color="text.secondary">
        {link.reason}
      </Typography>
    );
  }
  return (
    <Link
      href={link.url.href}
      target="_blank"
      rel="noopener noreferrer"
      variant="body2"
      sx={{ display: "inline-flex", alignItems: "center", gap: 0.5, fontWeight: 600 }}
    >
      Open {name}
      {link.kind === "external" && link.url.host !== window.location.host
        ? ` (${link.url.host})`
        : null}
      <OpenInNewOutlined sx={{ fontSize: 16 }} aria-hidden />
      <span style={visuallyHidden}> (new tab)</span>
    </Link>
  );
}

export function AppCard({
  agent,
  app,
  index,
  highlighted,
}: {
  agent: WorkspaceAgent;
  app: WorkspaceApp;
  index: number;
  highlighted: string;
}) {
  const anchor = anchorId("app", app.id, `${app.slug ?? "app"}-${index}`);
  const name = app.display_name || app.slug || "Unnamed app";
  return (
    <Box
      component="li"
      id={anchor}
      sx={{
        border: 1,
        borderColor: "divider",
        borderRadius: 1,
        p: 1.5,
        listStyle: "none",
        ...highlightSx(highlighted === anchor),
      }}
    >
      <Stack direction="row" sx={{ alignItems: "flex-start", gap: 1.5 }}>
        <SafeIcon
          src={app.icon}
          size={24}
          fallback={<AppsOutlined sx={{ color: "text.secondary" }} aria-hidden />}
        />
        <Stack sx={{ flex: 1, minWidth: 0 }} spacing={0.5}>
          <Stack direction="row" sx={{ alignItems: "center", gap: 1, flexWrap: "wrap" }}>
            <Typography component="h5" sx={{ fontWeight: 600, overflowWrap: "anywhere" }}>
              <bdi>{name}</bdi>
            </Typography>
            {app.slug ? <Mono>{app.slug}</Mono> : null}
            <Box sx={{ flex: 1 }} />
            <StatusBadge status={appHealth(app.health)} />
          </Stack>
          <Typography variant="body2" color="text.secondary">
            {healthcheckText(app)}
          </Typography>
          <Typography variant="body2">
            Shared with: {sharingLabel(app.sharing_level)} ·{" "}
            {app.subdomain ? "Served on its own subdomain" : "Served on a path"}
          </Typography>
          <OpenApp agent={agent} app={app} name={name} />
          <AppDetails app={app} />
          {app.command ? (
            <Typography variant="body2">
              Command: <Mono>{app.command}</Mono>
            </Typography>
          ) : null}
        </Stack>
        <DeepLinkActions anchor={anchor} id={app.id} what={`app ${name}`} />
      </Stack>
    </Box>
  );
}

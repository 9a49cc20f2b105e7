import type { Workspace } from "../../coderd/schemas";
import {
  appLink,
  coderBuildUrl,
  coderWorkspaceUrl,
  visibleApps,
  type CoderLinkBase,
} from "../../domain/coderLinks";

/** App links a row shows; a workspace of many agents has the rest on its own page. */
const ROW_APPS = 6;

/**
 * A row's ways out to Coder: the workspace's page, its latest build's logs and, while it runs, each
 * visible app. Plain elements styled by class (rendered per row: an inline style object costs each
 * of them; `visually-hidden` is defined in app/AppProviders.tsx); names carry the workspace, since
 * every row has them.
 */
export function RowLinks({ w, base }: { w: Workspace; base: CoderLinkBase }) {
  const page = coderWorkspaceUrl(w, base);
  const build = coderBuildUrl(w, base);
  const name = w.name || "(unnamed)";
  const running = w.latest_build?.status === "running";
  const apps = running ? visibleApps(w) : [];
  if (!page && !build && apps.length === 0) return null;
  const labels = new Map<string, number>();
  for (const { app } of apps) {
    const plain = app.display_name || app.slug || "App";
    labels.set(plain, (labels.get(plain) ?? 0) + 1);
  }
  return (
    <span className="row-links">
      {page ? (
        <a href={page.href}>
          <span className="visually-hidden">{name}: </span>Open in Coder
        </a>
      ) : null}
      {build ? (
        <a href={build.href}>
          <span className="visually-hidden">{name}: </span>Build #{w.latest_build?.build_number}{" "}
          logs
        </a>
      ) : null}
      {apps.slice(0, ROW_APPS).map(({ agent, app }, i) => {
        const link = appLink(w, agent, app, base);
        if (link.kind === "none") return null;
        const plain = app.display_name || app.slug || "App";
        // Two agents (a dev container beside its host) often carry the same apps: name the agent.
        const label = (labels.get(plain) ?? 0) > 1 ? `${plain} (${agent.name ?? "agent"})` : plain;
        return (
          <a
            key={app.id ?? `${agent.name ?? ""}-${i}`}
            href={link.url.href}
            target="_blank"
            rel="noopener noreferrer"
            className="app"
          >
            <span className="visually-hidden">{name}: </span>
            {label}
            <span className="visually-hidden"> (new tab)</span>
          </a>
        );
      })}
      {apps.length > ROW_APPS ? (
        <span className="more-apps">{`+${(apps.length - ROW_APPS).toLocaleString("en")} more apps on its page`}</span>
      ) : null}
    </span>
  );
}

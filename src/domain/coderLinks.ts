import type { Workspace, WorkspaceAgent, WorkspaceApp } from "../coderd/schemas";
import { parseSafeUrl, type SafeUrl } from "./url";

// Where a workspace, its build logs and its apps live in Coder's own web UI. Paths are built from
// the fields with every segment encoded, then resolved and judged like any server-sent URL (http(s)
// only). `coder` is the origin Coder's UI is served from: the page's own in production (the dashboard
// sits on coderd's origin), CODER_URL's when a dev or preview server proxies to a deployment.

export interface CoderLinkBase {
  /** Origin of Coder's web UI, e.g. "https://coder.example.com". */
  coder: string;
  /** The wildcard host for subdomain apps ("*.apps.example.com"), when known. */
  appsHost?: string | undefined;
}

const seg = encodeURIComponent;

/** `sameOrigin` in the answer means Coder's origin, which is the page's only in production. */
function resolve(path: string, base: CoderLinkBase): SafeUrl | undefined {
  return parseSafeUrl(path, base.coder);
}

function ownerAndName(w: Workspace): [string, string] | undefined {
  const owner = w.owner_name || w.latest_build?.workspace_owner_name;
  const name = w.name;
  return owner && name ? [owner, name] : undefined;
}

/** The workspace's page in Coder: `/@<owner>/<name>`. */
export function coderWorkspaceUrl(w: Workspace, base: CoderLinkBase): SafeUrl | undefined {
  const on = ownerAndName(w);
  return on ? resolve(`/@${seg(on[0])}/${seg(on[1])}`, base) : undefined;
}

/** The latest build's page in Coder, with its logs: `/@<owner>/<name>/builds/<number>`. */
export function coderBuildUrl(w: Workspace, base: CoderLinkBase): SafeUrl | undefined {
  const on = ownerAndName(w);
  const n = w.latest_build?.build_number;
  if (!on || n === undefined || !Number.isInteger(n) || n < 1) return undefined;
  return resolve(`/@${seg(on[0])}/${seg(on[1])}/builds/${n}`, base);
}

export type AppLink =
  | { kind: "web" | "terminal" | "subdomain" | "external"; url: SafeUrl }
  /** A link this dashboard cannot make: a desktop-app URL (`vscode://`), or a subdomain app without a known apps host. */
  | { kind: "none"; reason: string };

// A subdomain app's host label as coderd names it: `<port or slug>--<agent>--<workspace>--<owner>`.
const HOST_LABEL = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;

/**
 * How Coder opens an app: an external app at its own URL; a command app in Coder's terminal; a
 * subdomain app on the wildcard apps host; any other at `/@owner/workspace.agent/apps/slug/` (the
 * trailing slash saves coderd a redirect).
 */
export function appLink(
  w: Workspace,
  agent: WorkspaceAgent,
  app: WorkspaceApp,
  base: CoderLinkBase,
): AppLink {
  if (app.external) {
    // Coder swaps a session token into some desktop-app URLs; this dashboard never handles one.
    const url = parseSafeUrl(app.url, base.coder);
    return url ? { kind: "external", url } : { kind: "none", reason: "Not a web link" };
  }
  const on = ownerAndName(w);
  if (!on || !agent.name) return { kind: "none", reason: "Workspace or agent unnamed" };
  const at = `/@${seg(on[0])}/${seg(on[1])}.${seg(agent.name)}`;
  if (app.command) {
    const url = resolve(`${at}/terminal?command=${seg(app.command)}`, base);
    return url ? { kind: "terminal", url } : { kind: "none", reason: "No link" };
  }
  if (app.subdomain) {
    const label = app.subdomain_name;
    const host = base.appsHost?.trim();
    if (!host || !label || !HOST_LABEL.test(label) || !host.startsWith("*")) {
      return { kind: "none", reason: "Opens on its own subdomain, from Coder" };
    }
    const protocol = new URL(base.coder).protocol;
    const url = parseSafeUrl(`${protocol}//${host.replace("*", label)}/`);
    return url ? { kind: "subdomain", url } : { kind: "none", reason: "No link" };
  }
  if (!app.slug) return { kind: "none", reason: "No slug" };
  const url = resolve(`${at}/apps/${seg(app.slug)}/`, base);
  return url ? { kind: "web", url } : { kind: "none", reason: "No link" };
}

/** The apps Coder shows for a workspace (hidden ones left out), with their agents, in order. */
export function visibleApps(w: Workspace): { agent: WorkspaceAgent; app: WorkspaceApp }[] {
  const out: { agent: WorkspaceAgent; app: WorkspaceApp }[] = [];
  for (const resource of w.latest_build?.resources ?? []) {
    for (const agent of resource.agents ?? []) {
      for (const app of agent.apps ?? []) if (!app.hidden) out.push({ agent, app });
    }
  }
  return out;
}

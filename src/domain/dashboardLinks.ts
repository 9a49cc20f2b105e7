// Where a workspace lives in this dashboard: the row links, the attention view and the export's url
// column all say the same path.

/** The path of a workspace's page under the dashboard's base, e.g. "/workspaces/<id>". */
export function workspacePagePath(id: string): string {
  return `/workspaces/${encodeURIComponent(id)}`;
}

/**
 * The absolute URL of that page, for a file read outside the browser: `appRoot` is the dashboard's
 * root as the browser has it (origin and base path, e.g. "https://coder.example.com/dashboard/").
 */
export function workspacePageUrl(appRoot: string, id: string): string {
  return new URL(workspacePagePath(id).slice(1), appRoot.endsWith("/") ? appRoot : `${appRoot}/`)
    .href;
}

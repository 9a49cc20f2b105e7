// Where coderd serves the two endpoints the dashboard reads, relative to the page's origin.

/** coderd's REST API: the client's base URL. */
export const API_BASE = "/api/v2";

/** `GET /api/v2/workspaces`: the list, filtered by `q`. */
export const LIST_PATH = "/workspaces";

/** `GET /api/v2/workspaces/{id}`: one workspace. */
export function workspacePath(id: string): string {
  return `${LIST_PATH}/${encodeURIComponent(id)}`;
}

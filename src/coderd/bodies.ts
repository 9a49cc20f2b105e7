import {
  ListWorkspaceSchema,
  ResponseSchema,
  WorkspaceSchema,
  type Response,
  type Workspace,
  type WorkspacesResponse,
} from "./schemas";
import { isRecord, number } from "./tolerantSchema";

// Server data is untrusted: the schemas in types.ts keep each field only when it has its declared
// type, so views can rely on the types (a string is a string or absent) and never crash.

/** Thrown by a parser when a 2xx body is not the answer asked for; the request reports it. */
export class InvalidBodyError extends Error {
  override readonly name = "InvalidBodyError";
}

/** A workspace as the detail page needs it. */
export function toWorkspace(v: unknown): Workspace {
  const workspace = WorkspaceSchema(v);
  // Any object parses (every field is optional): one without an id is not a workspace either.
  if (!workspace?.id) throw new InvalidBodyError("The answer is not a workspace.");
  return workspace;
}

/**
 * A list answer, entries slimmed (see ListWorkspaceSchema). Anything but `{workspaces: [...]}` is an
 * error, never an empty fleet. `keep` holds the rows to the filter where the server may not have.
 */
export function toWorkspacesResponse(
  v: unknown,
  keep: (w: Workspace) => boolean = () => true,
): WorkspacesResponse {
  if (!isRecord(v) || !Array.isArray(v.workspaces)) {
    throw new InvalidBodyError("The answer is not a list of workspaces.");
  }
  const workspaces: Workspace[] = [];
  const sentIds: string[] = [];
  let parsed = 0;
  for (const raw of v.workspaces) {
    const w = ListWorkspaceSchema(raw);
    if (!w) continue;
    parsed++;
    if (w.id) sentIds.push(w.id);
    if (keep(w)) workspaces.push(w);
  }
  const count = number(v.count);
  // The server's count stands only when the client dropped nothing it sent.
  return {
    count: workspaces.length === parsed && count !== undefined ? count : workspaces.length,
    workspaces,
    sent: v.workspaces.length,
    sentIds,
    serverCount: count,
  };
}

/** Reads an error body; anything that is not a codersdk.Response yields an empty one. */
export function toErrorResponse(v: unknown): Response {
  return ResponseSchema(v) ?? {};
}

import { ErrorBodySchema, WorkspaceSchema, type ErrorBody, type Workspace } from "./schemas";

// Server data is untrusted: the schemas keep each field only when it has its declared type, so views
// can rely on the types (a string is a string or absent) and never crash. What is not the answer asked
// for at all is an error, never an empty workspace or fleet.

/** Thrown by a reader when a 2xx body is not the answer asked for; the request reports it. */
export class InvalidBodyError extends Error {
  override readonly name = "InvalidBodyError";
}

/** The body of `GET /workspaces/{id}`. */
export function readWorkspaceBody(v: unknown): Workspace {
  const workspace = WorkspaceSchema(v);
  // Any object parses (every field is optional): one without an id is not a workspace either.
  if (!workspace?.id) throw new InvalidBodyError("The answer is not a workspace.");
  return workspace;
}

/** An error body; anything that is not a codersdk.Response yields an empty one. */
export function readErrorBody(v: unknown): ErrorBody {
  return ErrorBodySchema(v) ?? {};
}

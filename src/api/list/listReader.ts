import { toWorkspacesResponse } from "../../coderd/bodies";
import type { WorkspacesResponse } from "../../coderd/schemas";
import { queryMatcher } from "../../domain/query/match";
import { parseQuery } from "../../domain/query/parse";

/**
 * Reads a list answer for the query `q`: parsed, slimmed, and held to the query on the client. The
 * one reader of every path (main thread, list worker, early request).
 */
export function listReader(q: string): (json: unknown) => WorkspacesResponse {
  const keep = queryMatcher(parseQuery(q));
  return (json) => toWorkspacesResponse(json, keep);
}

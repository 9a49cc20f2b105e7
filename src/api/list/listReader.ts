import { InvalidBodyError } from "../../coderd/bodies";
import { ListWorkspaceSchema, type Workspace } from "../../coderd/schemas";
import { isRecord, number } from "../../coderd/tolerantSchema";
import { queryMatcher } from "../../domain/query/match";
import { parseQuery } from "../../domain/query/parse";
import { foldListAgents } from "../../domain/listAgents";

/** What one list request brought, once read: not coderd's body, but what paging and the views need. */
export interface ListAnswer {
  /** The total that matches the filter, ignoring limit/offset. */
  count: number;
  workspaces: Workspace[];
  /** How many entries the body held, before the client held them to the filter (paging reads it). */
  sent: number;
  /** The ids of those entries, in the server's order. */
  sentIds: string[];
  /** coderd's own `count`, when it sent one. */
  serverCount: number | undefined;
}

/**
 * Reads a list body: anything but `{workspaces: [...]}` is an error, never an empty fleet. Entries are
 * slimmed (see ListWorkspaceSchema); `keep` holds the rows to the filter where the server may not have.
 */
export function readListBody(v: unknown, keep: (w: Workspace) => boolean = () => true): ListAnswer {
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
    if (keep(w)) workspaces.push(foldListAgents(w));
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

/**
 * Reads a list answer for the query `q`: parsed, slimmed, and held to the query on the client. The
 * one reader of every path (main thread, list worker, early request).
 */
export function listReader(q: string): (json: unknown) => ListAnswer {
  const keep = queryMatcher(parseQuery(q));
  return (json) => readListBody(json, keep);
}

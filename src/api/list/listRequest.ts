// What a list request asks for, in one place: the page's requests, the chunks of a sync and the early
// request index.html starts (src/server/earlyFetchScript.ts) are all built here. No browser APIs.
import { API_BASE, LIST_PATH } from "../../coderd/paths.js";
import { AGENT_STATUSES, keySpec } from "../../domain/query/keys.js";
import { PAGE_SIZE } from "../../domain/listView.js";
import { parseQuery, queryValue, type ParsedQuery } from "../../domain/query/parse.js";
import { printQuery, type RawTerm } from "../../domain/query/syntax.js";

/** The first request of a list asks for one screen: the first page. */
export const FIRST_PAGE: Paging = { offset: 0, limit: PAGE_SIZE };

/**
 * The `q` a deployed coderd reads: every term it knows, through the one printer, so each value
 * reaches coderd meaning what the user typed (quoted where it holds a space or a ':'). A list key's
 * repeats go out as one comma list, which coderd reads the same and older servers accept. The
 * reference's `deleted` and `has_agent` are not in its language (it would answer 400), and none of its
 * terms means "has an agent" exactly (`has-agent` looks only at started workspaces), so those two are
 * checked on the client over the rest of the answer.
 */
export function serverQuery(parsed: ParsedQuery): string {
  const terms: RawTerm[] = [];
  for (const [key, values] of parsed.values) {
    const spec = keySpec(key);
    if (!spec || spec.reference) continue;
    if (key === "healthy") {
      terms.push(...healthySuperset(parsed));
      continue;
    }
    if (spec.kind === "list" || spec.kind === "uuids" || spec.kind === "param") {
      terms.push({ key, value: values.filter((v) => v !== "").join(",") });
    } else {
      for (const value of values) terms.push({ key, value });
    }
  }
  return printQuery(terms);
}

/**
 * coderd's `healthy:` reads agent statuses (connected vs disconnected/timeout), which a workspace
 * with one connected and one timed-out agent, or a failed startup script, satisfies both ways. The
 * dashboard's Healthy/Unhealthy is a running workspace's health (domain/health.ts); both lie within
 * "running with an agent", so that is asked and the matcher narrows it.
 */
function healthySuperset(parsed: ParsedQuery): RawTerm[] {
  const terms: RawTerm[] = [];
  if (!parsed.values.has("status")) terms.push({ key: "status", value: "running" });
  if (!parsed.values.has("has-agent")) {
    terms.push({ key: "has-agent", value: AGENT_STATUSES.join(",") });
  }
  return terms;
}

/** A slice of the list in the server's order: `limit` rows from `offset` (coderd's paging). */
export interface Paging {
  offset: number;
  limit: number;
}

/**
 * The list request sends the documented parameters (servers built to the early reference read only
 * those) AND the query as `q` (a deployed coderd reads only that), then the paging, if any.
 */
export function workspacesSearchParams(q: string, paging?: Paging): URLSearchParams {
  const parsed = parseQuery(q);
  const params = new URLSearchParams();
  for (const key of ["owner", "template", "name", "status", "deleted", "has_agent"]) {
    const value = queryValue(parsed, key);
    if (value !== undefined) params.set(key, value);
  }
  const server = serverQuery(parsed);
  if (server) params.set("q", server);
  if (paging) {
    params.set("limit", String(paging.limit));
    if (paging.offset > 0) params.set("offset", String(paging.offset));
  }
  return params;
}

/** The first request of the unfiltered list, as the client sends it: what index.html asks for early. */
export function firstPageUrl(): string {
  return `${API_BASE}${LIST_PATH}?${workspacesSearchParams("", FIRST_PAGE).toString()}`;
}

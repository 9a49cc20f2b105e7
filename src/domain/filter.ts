import type { Workspace } from "../api/types";

/** The list filter, named as the API's documented query parameters. */
export interface WorkspaceFilter {
  owner?: string;
  template?: string;
  name?: string;
  status?: string;
  deleted?: boolean;
  has_agent?: boolean;
}

const TEXT_KEYS = ["owner", "template", "name", "status"] as const;
type TextKey = (typeof TEXT_KEYS)[number];

function parseBool(v: string | null): boolean | undefined {
  if (v === "true") return true;
  if (v === "false") return false;
  return undefined;
}

/** Reads the filter from a page's search params; blank values are no filter. */
export function filterFromSearchParams(params: URLSearchParams): WorkspaceFilter {
  const filter: WorkspaceFilter = {};
  for (const key of TEXT_KEYS) {
    const value = params.get(key)?.trim();
    if (value) filter[key] = value;
  }
  const deleted = parseBool(params.get("deleted"));
  if (deleted !== undefined) filter.deleted = deleted;
  const hasAgent = parseBool(params.get("has_agent"));
  if (hasAgent !== undefined) filter.has_agent = hasAgent;
  return filter;
}

/**
 * Writes a filter into `params`, keeping unrelated params. `replace` clears filter keys the filter
 * lacks; otherwise only the keys present in `filter` change (a patch).
 */
export function writeFilter(
  params: URLSearchParams,
  filter: WorkspaceFilter,
  { replace = true }: { replace?: boolean } = {},
): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const key of [...TEXT_KEYS, "deleted", "has_agent"] as const) {
    if (!replace && !(key in filter)) continue;
    const value = filter[key];
    if (value === undefined || value === "") next.delete(key);
    else next.set(key, String(value));
  }
  return next;
}

/** Whether a (list) workspace meets the filter, with the API's semantics for each key. */
export function matchesFilter(w: Workspace, filter: WorkspaceFilter): boolean {
  const hasAgent = (w.latest_build?.resources ?? []).some((r) => (r.agents ?? []).length > 0);
  const lower = (s: string | undefined) => (s ?? "").toLowerCase();
  const status = w.latest_build?.status;
  if (filter.owner && lower(w.owner_name) !== lower(filter.owner)) return false;
  if (filter.template && lower(w.template_name) !== lower(filter.template)) return false;
  if (filter.name && !lower(w.name).includes(lower(filter.name))) return false;
  if (filter.status && status !== filter.status.toLowerCase()) return false;
  if ((filter.deleted ?? false) !== (status === "deleted")) return false;
  if (filter.has_agent !== undefined && filter.has_agent !== hasAgent) return false;
  return true;
}

export function isFilterEmpty(filter: WorkspaceFilter): boolean {
  return Object.values(filter).every((v) => v === undefined || v === "");
}

/** Drops blank and undefined entries so equal filters produce equal query keys. */
export function normalizeFilter(filter: WorkspaceFilter): WorkspaceFilter {
  return filterFromSearchParams(writeFilter(new URLSearchParams(), filter));
}

function quote(value: string): string {
  return /[\s":]/.test(value) || value === "" ? `"${value.replace(/"/g, "")}"` : value;
}

/** The `q` search string a deployed coderd reads, e.g. `owner:bob status:running`. */
export function composeQ(filter: WorkspaceFilter): string {
  return TEXT_KEYS.flatMap((key) => {
    const value = filter[key];
    return value ? [`${key}:${quote(value)}`] : [];
  }).join(" ");
}

/** The text shown in the search box: `q` plus the toggles, in the same syntax. */
export function filterToSearchText(filter: WorkspaceFilter): string {
  const terms = [composeQ(filter)];
  if (filter.deleted !== undefined) terms.push(`deleted:${filter.deleted}`);
  if (filter.has_agent !== undefined) terms.push(`has_agent:${filter.has_agent}`);
  return terms.filter(Boolean).join(" ");
}

/** Splits a search string into terms, keeping double-quoted values whole. */
export function tokenize(text: string): string[] {
  const terms: string[] = [];
  const re = /(?:[^\s"]+|"[^"]*")+/g;
  for (const match of text.matchAll(re)) terms.push(match[0]);
  return terms;
}

function unquote(value: string): string {
  return value.replace(/"/g, "");
}

export interface ParsedSearch {
  filter: WorkspaceFilter;
  errors: string[];
}

/**
 * Parses Coder's search syntax: `key:value` terms, a bare word means `name:word`, `a/b` means
 * `owner:a name:b`. Keys are lower-cased as coderd does; values keep their case for display.
 */
export function parseSearchText(text: string): ParsedSearch {
  const filter: WorkspaceFilter = {};
  const errors: string[] = [];
  for (const term of tokenize(text)) {
    const colon = term.indexOf(":");
    if (colon <= 0) {
      const value = unquote(term);
      const slash = value.indexOf("/");
      if (slash > 0) {
        filter.owner = value.slice(0, slash);
        if (value.slice(slash + 1)) filter.name = value.slice(slash + 1);
      } else if (value) {
        filter.name = value;
      }
      continue;
    }
    const key = term.slice(0, colon).toLowerCase().replace(/-/g, "_");
    const value = unquote(term.slice(colon + 1));
    if ((TEXT_KEYS as readonly string[]).includes(key)) {
      if (value) filter[key as TextKey] = key === "status" ? value.toLowerCase() : value;
    } else if (key === "deleted" || key === "has_agent") {
      const b = parseBool(value.toLowerCase());
      if (b === undefined) errors.push(`"${key}" takes true or false, not "${value}".`);
      else filter[key] = b;
    } else {
      errors.push(
        `Unknown filter "${term.slice(0, colon)}". Use owner, template, name, status, deleted or has_agent.`,
      );
    }
  }
  return { filter, errors };
}

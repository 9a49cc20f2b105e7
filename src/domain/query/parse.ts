import { keySpec, QUERY_KEYS, type KeySpec } from "./keys.js";
import { readTerms, type QueryError } from "./syntax.js";

// Validates a query as coderd does, so a typo is caught before any request, in coderd's own words.
// Keys and values come out lower-cased, as coderd reads them.

export interface ParsedQuery {
  /** The user's text. */
  text: string;
  /** Values by key, in the order given; only known keys. */
  values: ReadonlyMap<string, readonly string[]>;
  errors: QueryErrorWithHint[];
}

export interface QueryErrorWithHint extends QueryError {
  /** The dashboard's own suggestion, beside coderd's words. */
  hint?: string;
}

const GO_TRUE = new Set(["1", "t", "true"]);
const GO_FALSE = new Set(["0", "f", "false"]);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** A UUID as coderd's `id:` takes it (the query is lower-cased first). */
export function isUuid(value: string): boolean {
  return UUID.test(value.toLowerCase());
}

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;

/** Go's strconv.ParseBool, on a lower-cased value; undefined when it is not a boolean. */
export function parseGoBool(value: string): boolean | undefined {
  if (GO_TRUE.has(value)) return true;
  if (GO_FALSE.has(value)) return false;
  return undefined;
}

/** coderd upper-cases a lower-cased timestamp before parsing it as RFC 3339. */
export function parseQueryTime(value: string): number | undefined {
  const upper = value.toUpperCase();
  if (!RFC3339.test(upper)) return undefined;
  const ms = Date.parse(upper);
  return Number.isFinite(ms) ? ms : undefined;
}

/** The closest of `options` to a typo, when one is close enough to suggest. */
function closest(value: string, options: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestScore = Infinity;
  for (const option of options) {
    const score = editDistance(value, option);
    if (score < bestScore) [best, bestScore] = [option, score];
  }
  return bestScore <= Math.max(1, Math.floor((best?.length ?? 0) / 3)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** coderd's reason a `param` item is refused, in its words; undefined when the item is fine. */
function paramItemError(raw: string): string | undefined {
  const item = raw.trim();
  const parts = item.split("=");
  if (parts.length > 2) return `query element "${item}" can only contain 1 '='`;
  if (parts.length === 2 && parts[1] === "") {
    return `query element "${item}" has an empty value. omit the '=' to match just on the parameter name`;
  }
  return undefined;
}

/** google/uuid's reason an `id` item is refused (the forms this dashboard can match by). */
function uuidItemError(raw: string): string | undefined {
  const item = raw.trim();
  if (UUID.test(item)) return undefined;
  return item.length === 36 ? "invalid UUID format" : `invalid UUID length: ${item.length}`;
}

function validate(spec: KeySpec, values: readonly string[]): QueryErrorWithHint | undefined {
  const { key } = spec;
  const list = spec.kind === "list" || spec.kind === "param" || spec.kind === "uuids";
  if (!list && values.length > 1) {
    return {
      field: key,
      detail: `Query param "${key}" provided more than once, found ${values.length} times. Only provide 1 instance of this query param.`,
    };
  }
  const value = values[0] ?? "";
  if (value === "") return undefined;
  switch (spec.kind) {
    case "enum": {
      const options = spec.values ?? [];
      if (options.includes(value)) return undefined;
      const near = closest(value, options);
      return {
        field: key,
        detail: `Query param "${key}" has invalid value: "${value}" is not a valid value`,
        hint: near ? `Did you mean ${key}:${near}?` : `${key} takes one of: ${options.join(", ")}.`,
      };
    }
    case "bool":
      return parseGoBool(value) === undefined
        ? {
            field: key,
            detail: `Query param "${key}" must be a valid boolean`,
            hint: `${key} takes true or false.`,
          }
        : undefined;
    case "time":
      return parseQueryTime(value) === undefined
        ? {
            field: key,
            detail: `Query param "${key}" must be a valid date format (2006-01-02T15:04:05.999999999Z07:00)`,
            hint: `Quote the time: ${key}:"2026-01-31T09:00:00Z".`,
          }
        : undefined;
    case "uuids":
    case "param": {
      const reason = spec.kind === "param" ? paramItemError : uuidItemError;
      const bad = values.flatMap((v) => v.split(",")).flatMap((v) => reason(v) ?? []);
      if (bad.length === 0) return undefined;
      return {
        field: key,
        detail: `Query param "${key}" has invalid values: ${bad.join("\n")}`,
        hint: spec.kind === "param" ? "param takes a name, or name=value." : undefined,
      };
    }
    case "text":
    case "list":
      return undefined;
  }
}

const KEY_NAMES = QUERY_KEYS.map((spec) => spec.key);

export function parseQuery(text: string): ParsedQuery {
  const { terms, error } = readTerms(text);
  if (error) return { text, values: new Map(), errors: [error] };
  const grouped = new Map<string, string[]>();
  for (const { key, value } of terms) {
    const values = grouped.get(key);
    if (values) values.push(value);
    else grouped.set(key, [value]);
  }
  const values = new Map<string, readonly string[]>();
  const errors: QueryErrorWithHint[] = [];
  for (const [key, given] of grouped) {
    const spec = keySpec(key);
    if (!spec) {
      const near = closest(key, KEY_NAMES);
      errors.push({
        field: key,
        detail: `"${key}" is not a valid query param`,
        hint: near ? `Did you mean ${near}:?` : undefined,
      });
      continue;
    }
    // coderd reads a key only when its first value is non-empty; the rest then count too.
    if (given[0] === "") continue;
    const problem = validate(spec, given);
    if (problem) errors.push(problem);
    else values.set(key, given);
  }
  return { text, values, errors };
}

/** The first value of a key, as coderd reads a single-valued key. */
export function queryValue(parsed: ParsedQuery, key: string): string | undefined {
  return parsed.values.get(key)?.[0];
}

/** A boolean key's value. */
export function queryBool(parsed: ParsedQuery, key: string): boolean | undefined {
  const value = queryValue(parsed, key);
  return value === undefined ? undefined : parseGoBool(value);
}

/**
 * A list key's items, comma lists and repeats flattened. coderd trims the spaces around an id or a
 * param item, but takes a `has-agent` item as written (" connected" is a state no agent is in).
 */
export function queryList(parsed: ParsedQuery, key: string): string[] {
  const items = (parsed.values.get(key) ?? []).flatMap((v) => v.split(","));
  return keySpec(key)?.kind === "list" ? items : items.map((v) => v.trim());
}

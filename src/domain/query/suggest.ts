import { QUERY_KEYS, keySpec } from "./keys";
import { splitOutsideQuotes } from "./syntax";

export interface Suggestion {
  /** The whole query with the last term completed. */
  text: string;
  /** What the completion adds, for the list. */
  label: string;
}

const LIMIT = 8;

/**
 * Completions for the term being typed (the last one): keys as `key:`, then values of that key, from
 * the key's own values or `known` (owners, templates seen in the list).
 */
export function suggestQuery(
  text: string,
  known: { owner?: readonly string[]; template?: readonly string[] } = {},
): Suggestion[] {
  if (text.endsWith(" ") || text === "") return [];
  const tokens = splitOutsideQuotes(text, " ");
  const last = tokens.at(-1) ?? "";
  const head = text.slice(0, text.length - last.length);
  const colon = last.indexOf(":");
  if (colon < 0) {
    const prefix = last.toLowerCase();
    return QUERY_KEYS.filter((spec) => spec.key.startsWith(prefix) && spec.key !== prefix)
      .slice(0, LIMIT)
      .map((spec) => ({ text: `${head}${spec.key}:`, label: `${spec.key}: ${spec.help}` }));
  }
  const key = last.slice(0, colon).toLowerCase();
  const typed = last.slice(colon + 1).replace(/"/g, "");
  const spec = keySpec(key);
  if (!spec) return [];
  const listed =
    key === "owner"
      ? ["me", ...(known.owner ?? [])]
      : key === "template"
        ? known.template
        : undefined;
  const values = spec.values ?? listed ?? [];
  // A comma list completes its last item.
  const commaAt = spec.kind === "list" ? typed.lastIndexOf(",") : -1;
  const done = commaAt >= 0 ? typed.slice(0, commaAt + 1) : "";
  const partial = (commaAt >= 0 ? typed.slice(commaAt + 1) : typed).toLowerCase();
  return values
    .filter((v) => v.toLowerCase().startsWith(partial) && v.toLowerCase() !== partial)
    .slice(0, LIMIT)
    .map((v) => ({ text: `${head}${key}:${done}${v}`, label: `${key}:${done}${v}` }));
}

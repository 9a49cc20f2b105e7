import { quoteValue, splitOutsideQuotes } from "./syntax.js";

// How the controls edit the query: the user's other terms stay as they typed them; the control's
// key is replaced. A bare word means `name`, and `a/b` means owner a and name b.

function termKey(token: string): string | undefined {
  const parts = splitOutsideQuotes(token, ":");
  return parts.length > 1 ? (parts[0] ?? "").replace(/"/g, "").toLowerCase() : undefined;
}

/** The query with `key` set to `value` (a comma list for list keys), or removed when undefined. */
export function setQueryTerm(text: string, key: string, value: string | undefined): string {
  const kept: string[] = [];
  for (const token of splitOutsideQuotes(text, " ")) {
    const tokenKey = termKey(token);
    if (tokenKey !== undefined) {
      if (tokenKey !== key) kept.push(token);
      continue;
    }
    // A bare word: part of the name, or `owner/name`.
    const slash = splitOutsideQuotes(token, "/");
    if (slash.length === 2 && (key === "owner" || key === "name")) {
      const [owner = "", name = ""] = slash;
      kept.push(key === "owner" ? `name:${name}` : `owner:${owner}`);
    } else if (key !== "name") kept.push(token);
  }
  if (value !== undefined && value !== "") kept.push(`${key}:${quoteValue(value)}`);
  return kept.join(" ");
}

/** Several keys at once, in order. */
export function setQueryTerms(text: string, terms: Record<string, string | undefined>): string {
  return Object.entries(terms).reduce((q, [key, value]) => setQueryTerm(q, key, value), text);
}

/** Whitespace tidied, so equal queries make equal URLs and cache keys. */
export function tidyQuery(text: string): string {
  return splitOutsideQuotes(text.trim(), " ").join(" ");
}

import { printQuery, splitOutsideQuotes } from "./syntax.js";

// How the controls edit the query: the user's other terms stay as they typed them; the control's
// key is replaced. A bare word means `name`, and `a/b` means owner a and name b. Every term written
// here goes through the one printer, as the request's `q` does.

const unquote = (s: string) => s.replace(/^"+|"+$/g, "");

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
      const [owner = "", name = ""] = slash.map(unquote);
      kept.push(
        printQuery([
          key === "owner" ? { key: "name", value: name } : { key: "owner", value: owner },
        ]),
      );
    } else if (key !== "name") kept.push(token);
  }
  if (value !== undefined) kept.push(printQuery([{ key, value }]));
  return kept.filter((t) => t !== "").join(" ");
}

/** Several keys at once, in order. */
export function setQueryTerms(text: string, terms: Record<string, string | undefined>): string {
  return Object.entries(terms).reduce((q, [key, value]) => setQueryTerm(q, key, value), text);
}

/** Whitespace tidied, so equal queries make equal URLs and cache keys. */
export function tidyQuery(text: string): string {
  return splitOutsideQuotes(text.trim(), " ").join(" ");
}

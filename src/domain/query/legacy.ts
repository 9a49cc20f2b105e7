import { setQueryTerm } from "./edit.js";

// Links made for the early API reference (`?owner=bob&status=running`, `?has_agent=true`,
// `?deleted=true`) still open the view they meant: their parameters become the query.

export const DOCUMENTED_PARAMS = ["owner", "template", "name", "status", "deleted", "has_agent"];

/** The query a URL's documented parameters stand for; "" when it has none. */
export function queryFromDocumentedParams(params: URLSearchParams): string {
  let q = "";
  for (const key of DOCUMENTED_PARAMS) {
    const value = params.get(key)?.trim();
    if (value) q = setQueryTerm(q, key, value);
  }
  return q;
}

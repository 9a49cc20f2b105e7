// Coder's search syntax, read the way coderd reads it (coderd/searchquery): the whole string is
// lower-cased; spaces outside double quotes separate elements; every element without a ':' is joined
// with the others into ONE name element; `key:value` splits on the one ':' outside quotes; a bare
// `a/b` means owner a, name b.

export interface QueryError {
  /** "q" for syntax, otherwise the key, as coderd's validations name it. */
  field: string;
  detail: string;
}

export interface RawTerm {
  key: string;
  value: string;
}

/** Splits on `delimiter` outside double quotes, dropping empty parts (Go's strings.FieldsFunc). */
export function splitOutsideQuotes(text: string, delimiter: string): string[] {
  const parts: string[] = [];
  let quoted = false;
  let current = "";
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    if (!quoted && ch === delimiter) {
      if (current) parts.push(current);
      current = "";
    } else current += ch;
  }
  if (current) parts.push(current);
  return parts;
}

const trimQuotes = (s: string) => s.replace(/^"+|"+$/g, "");

/** The elements of a query: `key:value` ones in order, then the bare words as one element. */
export function queryElements(text: string): string[] {
  const tokens = splitOutsideQuotes(text, " ");
  const fields = tokens.filter((t) => t.includes(":"));
  const bare = tokens.filter((t) => !t.includes(":"));
  return bare.length ? [...fields, bare.join(" ")] : fields;
}

/** The terms of a query, lower-cased, or the first syntax error (coderd stops at the first). */
export function readTerms(query: string): { terms: RawTerm[]; error?: QueryError } {
  const terms: RawTerm[] = [];
  for (const element of queryElements(query.toLowerCase())) {
    if (element.startsWith(":") || element.endsWith(":")) {
      return {
        terms: [],
        error: { field: "q", detail: `Query element "${element}" cannot start or end with ':'` },
      };
    }
    const parts = splitOutsideQuotes(element, ":").map(trimQuotes);
    if (parts.length === 1) {
      const names = splitOutsideQuotes(element, "/").map(trimQuotes);
      if (names.length > 2) {
        return {
          terms: [],
          error: { field: "q", detail: `Query element "${element}" can only contain 1 '/'` },
        };
      }
      const [first = "", second] = names;
      if (second === undefined) terms.push({ key: "name", value: first });
      else terms.push({ key: "owner", value: first }, { key: "name", value: second });
    } else if (parts.length === 2) {
      terms.push({ key: parts[0] ?? "", value: parts[1] ?? "" });
    } else {
      return {
        terms: [],
        error: { field: "q", detail: `Query element "${element}" can only contain 1 ':'` },
      };
    }
  }
  return { terms };
}

/** A value as coderd will read it back: quoted when it holds a space, ':' or '/'. */
function printValue(value: string): string {
  // coderd has no escape for '"': a quote inside a value would end the quoting, so it cannot be sent.
  const clean = value.replace(/"/g, "");
  return /[\s:/]/.test(clean) ? `"${clean}"` : clean;
}

/**
 * The one way terms become query text: `key:value` each, in order, with every value quoted where
 * coderd needs it to read the value back whole. An empty value means nothing to coderd and is left out.
 */
export function printQuery(terms: readonly RawTerm[]): string {
  return terms
    .filter(({ value }) => value.replace(/"/g, "") !== "")
    .map(({ key, value }) => `${key}:${printValue(value)}`)
    .join(" ");
}

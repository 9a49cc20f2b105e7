// Server-sent links and icons are untrusted. They are judged the way the browser will read them: parsed
// against the document's base URL (which strips tabs and newlines, and reads `/\evil` or `/\n/evil` as
// `//evil`), then only http(s) is kept and same-origin is decided by the parsed origin, never by how
// the text starts.

export interface SafeUrl {
  /** The parsed, absolute URL: what the browser would navigate to or load. */
  href: string;
  /** Same origin as the page (scheme, host and port). */
  sameOrigin: boolean;
  /** The destination host as the browser sees it (IDNs in their xn-- form), to show on external links. */
  host: string;
}

function documentBase(): string | undefined {
  return typeof document === "undefined" ? undefined : document.baseURI;
}

/**
 * The URL when it is http(s), else undefined. `base` defaults to the document's base URL. URLs with
 * credentials (`https://coder.example.com@evil.example/`) are refused: they exist to mislead.
 */
export function parseSafeUrl(
  raw: string | null | undefined,
  base: string | undefined = documentBase(),
): SafeUrl | undefined {
  if (typeof raw !== "string" || raw.trim() === "") return undefined;
  let url: URL;
  try {
    url = base === undefined ? new URL(raw) : new URL(raw, base);
  } catch {
    return undefined;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return undefined;
  if (url.username !== "" || url.password !== "") return undefined;
  let sameOrigin = false;
  if (base !== undefined) {
    try {
      sameOrigin = url.origin === new URL(base).origin;
    } catch {
      sameOrigin = false;
    }
  }
  return { href: url.href, sameOrigin, host: url.host };
}

/** The parsed href of an http(s) URL, else undefined (for links, which then show their host). */
export function safeUrl(raw: string | null | undefined): string | undefined {
  return parseSafeUrl(raw)?.href;
}

/** Icons: http(s) (any host) or same-origin; anything else never reaches an <img>. */
export function safeIconUrl(raw: string | null | undefined): string | undefined {
  return parseSafeUrl(raw)?.href;
}

/**
 * The element id a location hash names, or "" when there is none or it does not decode
 * (`#%E0%A4%A` is no anchor, not an error).
 */
export function fragmentId(hash: string): string {
  const raw = hash.replace(/^#/, "");
  try {
    return decodeURIComponent(raw);
  } catch {
    return "";
  }
}

/**
 * Returns the URL when it is http(s) or a same-origin path, else undefined. Server-sent links and
 * icons go through this, so `javascript:`, `data:` and protocol-relative tricks never reach the DOM.
 */
export function safeUrl(raw: string | undefined): string | undefined {
  const value = raw?.trim();
  if (!value) return undefined;
  // "//evil.example" is another origin; "/\evil" is normalised to it by browsers.
  if (value.startsWith("/") && !value.startsWith("//") && !value.startsWith("/\\")) return value;
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:" ? url.href : undefined;
  } catch {
    return undefined;
  }
}

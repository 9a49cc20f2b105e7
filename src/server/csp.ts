// The production build's Content Security Policy. One function writes it, for the <meta> tag the
// build injects and for the header README's nginx example sends (test/unit/csp.test.ts compares them).

import { createHash } from "node:crypto";

/** The CSP source expression for an inline script: `'sha256-<base64>'` of its exact text. */
export function scriptHash(script: string): string {
  return `'sha256-${createHash("sha256").update(script, "utf8").digest("base64")}'`;
}

/**
 * `inlineScripts`: the exact text of each inline script the page runs (the early list fetch).
 * `header`: add what only an HTTP header can carry (`frame-ancestors`; a <meta> policy ignores it).
 */
export function contentSecurityPolicy(options: {
  inlineScripts: readonly string[];
  header?: boolean;
}): string {
  const directives = [
    "default-src 'self'",
    ["script-src 'self'", ...options.inlineScripts.map(scriptHash)].join(" "),
    "connect-src 'self'",
    // Icons come from coderd (/icon/…) or any https: URL a template names; MUI's are inline SVG.
    "img-src 'self' https: data:",
    // Emotion (MUI's styling) injects <style> elements at run time.
    "style-src 'self' 'unsafe-inline'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ];
  if (options.header) directives.push("frame-ancestors 'none'");
  return directives.join("; ");
}

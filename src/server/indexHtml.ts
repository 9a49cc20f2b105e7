// What the build adds to index.html outside demo mode: the early list request, and for the production
// build the Content Security Policy that allows exactly that inline script.

import { contentSecurityPolicy } from "./csp.js";
import { earlyFetchScript } from "./earlyFetchScript.js";

/** The production build's policy for a given base path (the inline script embeds the base). */
export function productionPolicy(base: string, options: { header?: boolean } = {}): string {
  return contentSecurityPolicy({ inlineScripts: [earlyFetchScript(base)], header: options.header });
}

const CHARSET = /<meta charset="UTF-8" \/>/i;

/**
 * Inserts the early-fetch script (and with `csp` the policy <meta>, before it) right after
 * `<meta charset>`, which must stay within the document's first 1024 bytes.
 */
export function injectEarlyFetch(html: string, base: string, options: { csp: boolean }): string {
  if (!CHARSET.test(html)) throw new Error('index.html lost its <meta charset="UTF-8" />');
  const meta = options.csp
    ? `<meta http-equiv="Content-Security-Policy" content="${productionPolicy(base)}" />\n    `
    : "";
  const tags = `${meta}<script>${earlyFetchScript(base)}</script>`;
  return html.replace(CHARSET, (m) => `${m}\n    ${tags}`);
}

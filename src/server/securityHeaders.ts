// The headers the production build is served with. README's nginx example sends them and so does
// `vite preview` (vite.config.ts); test/unit/csp.test.ts holds README to this list.

import type { Connect } from "vite";
import { matchesProxy } from "./apiProxy.js";
import { productionPolicy } from "./indexHtml.js";

/**
 * The production build's headers for a given base path: the build's Content Security Policy plus
 * `frame-ancestors 'none'`, which only a header can carry.
 */
export function productionHeaders(base: string): Record<string, string> {
  return { "Content-Security-Policy": productionPolicy(base, { header: true }) };
}

/** Sets the production headers on every response but the API's (coderd's, or the proxy guard's). */
export function productionHeadersMiddleware(base: string): Connect.NextHandleFunction {
  const headers = Object.entries(productionHeaders(base));
  return (req, res, next) => {
    if (!matchesProxy(req.url ?? "")) {
      for (const [name, value] of headers) res.setHeader(name, value);
    }
    next();
  };
}

import type { CoderLinkBase } from "../domain/coderLinks";

/**
 * Where Coder's own pages are: CODER_URL's origin when a dev or preview server proxies to a
 * deployment, else this page's origin (production serves the dashboard on coderd's origin).
 */
export function coderLinkBase(): CoderLinkBase {
  const coder = import.meta.env.VITE_CODER_ORIGIN || window.location.origin;
  const appsHost = import.meta.env.VITE_CODER_APPS_HOST || undefined;
  return { coder, appsHost };
}

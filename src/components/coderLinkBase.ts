import type { CoderLinkBase } from "../domain/coderLinks";
import { parseSafeUrl } from "../domain/url";

/**
 * Where Coder's own pages are: CODER_URL's origin when a dev or preview server proxies to a
 * deployment (it says so in a <meta name="coder-origin">), else this page's origin (production
 * serves the dashboard on coderd's origin).
 */
export function coderLinkBase(): CoderLinkBase {
  const told = document.querySelector<HTMLMetaElement>('meta[name="coder-origin"]')?.content;
  const coder = parseSafeUrl(told)?.href ? new URL(told ?? "").origin : window.location.origin;
  const appsHost = import.meta.env.VITE_CODER_APPS_HOST || undefined;
  return { coder, appsHost };
}

// The inline script that index.html runs before the app's code loads (see the early-fetch plugin in
// vite.config.ts); src/api/earlyFetch.ts takes its response. Built here so the plugin can hash it for
// the Content Security Policy and tests can run it.

import { SESSION_TOKEN_STORAGE_KEY } from "../api/transport/sessionKey.js";
import { firstPageUrl } from "../api/list/listRequest.js";
import { DOCUMENTED_PARAMS } from "../domain/query/legacy.js";

// Any filter in the page URL (today's `q`, or the early API's parameters) means a filtered list,
// which this unfiltered request would not answer. The same list the page reads links by.
const FILTER_PARAMS = ["q", ...DOCUMENTED_PARAMS].join("|");

/** The URL the early request asks for: the unfiltered list's first page, as the client builds it. */
export const EARLY_LIST_URL = firstPageUrl();

/**
 * Starts `GET /api/v2/workspaces` when the page is the unfiltered list, no remembered token exists
 * (a request without it would only earn a 401 the app then shows), and leaves it on
 * `window.__earlyWorkspaces` with a way to abort it.
 */
export function earlyFetchScript(base: string): string {
  return (
    `(function(){var b=${JSON.stringify(base)},p=location.pathname;` +
    `if(p.slice(0,b.length)!==b&&p+"/"!==b)return;` +
    `var r=p.slice(b.length).replace(/\\/$/,"");if(r!==""&&r!=="workspaces")return;` +
    `if(/[?&](${FILTER_PARAMS})=/.test(location.search))return;` +
    `try{if(sessionStorage.getItem(${JSON.stringify(SESSION_TOKEN_STORAGE_KEY)}))return;}catch(e){}` +
    `var u=${JSON.stringify(EARLY_LIST_URL)},c=typeof AbortController=="function"?new AbortController():null;` +
    `window.__earlyWorkspaces={url:u,startedAt:performance.now(),abort:function(){if(c)c.abort();},` +
    `response:fetch(u,{headers:{Accept:"application/json"},credentials:"same-origin",signal:c?c.signal:void 0})};})();`
  );
}

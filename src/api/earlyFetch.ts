// index.html starts the unfiltered list request before the app's code has loaded (see the
// early-fetch plugin in vite.config.ts). The client takes that response instead of asking again.

declare global {
  interface Window {
    __earlyWorkspaces?: { url: string; response: Promise<Response> } | undefined;
  }
}

/** The early response for `pathAndQuery`, once; undefined when there is none or it failed. */
export async function takeEarlyResponse(pathAndQuery: string): Promise<Response | undefined> {
  const early = window.__earlyWorkspaces;
  if (!early || early.url !== pathAndQuery) return undefined;
  window.__earlyWorkspaces = undefined;
  return early.response.catch(() => undefined);
}

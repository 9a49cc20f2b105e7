/**
 * Where a remembered session token lives in sessionStorage. Shared with the early-fetch script in
 * index.html (src/server/earlyFetchScript.ts), which must not start a tokenless request when one exists.
 */
export const SESSION_TOKEN_STORAGE_KEY = "coder-dashboard.session-token";

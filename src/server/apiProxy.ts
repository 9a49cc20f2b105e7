// The dev/preview proxy's guard (Node only; vite.config.ts imports it, the browser bundle never does).
// With CODER_URL set, `npm run dev`/`npm run preview` forward /api to a real coderd, possibly adding a
// server-side token. Anything that can reach the dev server (another site in the browser, a page on
// the LAN) could then use that token, so the proxy forwards only what the dashboard itself reads.

import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from "node:http";
import type { Duplex } from "node:stream";
import type { Connect, ProxyOptions } from "vite";

/** The context key of Vite's proxy: every request whose URL starts with it is forwarded. */
export const PROXY_PREFIX = "/api";

export const ALLOWED_METHODS = ["GET", "HEAD"] as const;

export interface GuardRequest {
  method: string | undefined;
  /** The request target as received (path and query, not decoded). */
  url: string | undefined;
  headers: IncomingMessage["headers"];
  /** The server's own scheme: "http" unless the dev server runs TLS. */
  protocol: "http" | "https";
  /**
   * Whether the proxy adds a server-side token. Then a request must show that the dashboard's own
   * page sent it (Sec-Fetch-Site or Origin); without one, a request carries only its own credentials.
   */
  serverToken: boolean;
}

export type GuardVerdict =
  | { ok: true }
  | { ok: false; status: 400 | 403 | 405; message: string; headers?: Record<string, string> };

// The list, and one workspace by id. coderd itself answers a non-UUID id with 400, so any plain
// segment is forwarded; dots, slashes and percent-escapes never are.
const ALLOWED_PATH = /^\/api\/v2\/workspaces(?:\/[A-Za-z0-9][A-Za-z0-9_~-]*)?$/;

function refuse(status: 400 | 403 | 405, message: string): GuardVerdict {
  if (status === 405) {
    return { ok: false, status, message, headers: { Allow: ALLOWED_METHODS.join(", ") } };
  }
  // A body left unread must not be taken for the next request on the same connection.
  if (status === 400) return { ok: false, status, message, headers: { Connection: "close" } };
  return { ok: false, status, message };
}

/**
 * Headers by which a client speaks for a hop in front of it (its address, host, scheme, prefix) or
 * overrides the method or the path. Behind the proxy coderd would take them as the proxy's word,
 * alongside the server-side token, so they are never forwarded.
 */
const WITHHELD_HEADER =
  /^(?:x-forwarded(?:-[a-z0-9-]+)?|forwarded|x-real-ip|true-client-ip|cf-connecting-ip|x-client-ip|x-cluster-client-ip|fastly-client-ip|x-http-method-override|x-http-method|x-method-override|x-original-url|x-rewrite-url)$/i;

export function isWithheldHeader(name: string): boolean {
  return WITHHELD_HEADER.test(name);
}

/** Deletes the withheld headers from a request's headers (the proxy copies what is left); their names. */
export function withholdHeaders(headers: IncomingHttpHeaders): string[] {
  const removed = Object.keys(headers).filter(isWithheldHeader);
  for (const name of removed) Reflect.deleteProperty(headers, name);
  return removed;
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(",") : value;
}

/** Whether a path (no query) names one of the two endpoints, after normalising what can hide a `..`. */
export function isAllowedApiPath(rawPath: string): boolean {
  // Backslashes (some servers read them as `/`) and escapes of `/`, `\` and `.`: never forwarded.
  if (/\\|%2f|%5c|%2e/i.test(rawPath)) return false;
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return false;
  }
  // The decoded form must equal the raw one: no escapes at all, so what is checked is what goes out.
  if (decoded !== rawPath) return false;
  const segments = decoded.split("/");
  if (segments.some((s, i) => (i > 0 && s === "") || s === "." || s === "..")) return false;
  return ALLOWED_PATH.test(decoded);
}

/**
 * Decides whether a request that matched the proxy's prefix may be forwarded: GET/HEAD only, one of
 * the two workspace endpoints, and never from another site (Origin / Sec-Fetch-Site).
 */
export function checkProxyRequest(req: GuardRequest): GuardVerdict {
  const method = (req.method ?? "").toUpperCase();
  if (!(ALLOWED_METHODS as readonly string[]).includes(method)) {
    return refuse(405, "This proxy forwards only GET and HEAD.");
  }
  // GET and HEAD carry no body; one that does is not the dashboard's, and would go to coderd as is.
  const length = single(req.headers["content-length"]);
  if (
    req.headers["transfer-encoding"] !== undefined ||
    (length !== undefined && Number(length) !== 0)
  ) {
    return refuse(400, "This proxy forwards no request body.");
  }

  const site = single(req.headers["sec-fetch-site"])?.trim().toLowerCase();
  if (site !== undefined && site !== "same-origin" && site !== "none") {
    return refuse(403, "This proxy refuses requests from other sites.");
  }
  const origin = single(req.headers.origin)?.trim();
  if (origin !== undefined) {
    const host = single(req.headers.host)?.trim().toLowerCase();
    let sameOrigin = false;
    try {
      const parsed = new URL(origin);
      sameOrigin =
        host !== undefined &&
        parsed.protocol === `${req.protocol}:` &&
        parsed.host === host &&
        parsed.origin === origin.toLowerCase();
    } catch {
      // "null" (sandboxed frames, file:) and anything unparsable: not this origin.
    }
    if (!sameOrigin) return refuse(403, "This proxy refuses requests from other origins.");
  }
  // The page's own requests say where they come from: Chromium, Firefox and Safari send
  // Sec-Fetch-Site to localhost. A request that says nothing (curl, a script, a client on the network
  // with `--host`) does not get the server-side token.
  if (req.serverToken && site === undefined && origin === undefined) {
    return refuse(
      403,
      "This proxy adds a server-side token only to the dashboard's own requests (Sec-Fetch-Site: same-origin, or this Origin).",
    );
  }

  const url = req.url ?? "";
  const queryAt = url.search(/[?#]/);
  const path = queryAt === -1 ? url : url.slice(0, queryAt);
  if (url.includes("#") || !isAllowedApiPath(path)) {
    return refuse(
      403,
      "This proxy forwards only GET /api/v2/workspaces and /api/v2/workspaces/{id}.",
    );
  }
  return { ok: true };
}

/** Whether Vite's proxy would forward this URL (its prefix match), case aside. */
export function matchesProxy(url: string): boolean {
  return url.toLowerCase().startsWith(PROXY_PREFIX);
}

function isEncrypted(req: IncomingMessage): boolean {
  return "encrypted" in req.socket && req.socket.encrypted === true;
}

/**
 * The proxy for `server.proxy`/`preview.proxy` and the middleware that must run before it. Requests
 * the guard passes are remembered, and only those get the token, as the proxy sends them upstream.
 */
export function guardedCoderProxy(options: {
  target: string;
  token: string | undefined;
  secure: boolean;
}): {
  proxy: Record<string, ProxyOptions>;
  guard: Connect.NextHandleFunction;
  upgrade: UpgradeListener;
} {
  const approved = new WeakSet<IncomingMessage>();

  const guard: Connect.NextHandleFunction = (req, res: ServerResponse, next) => {
    if (!matchesProxy(req.url ?? "")) {
      next();
      return;
    }
    const verdict = checkProxyRequest({
      method: req.method,
      url: req.url,
      headers: req.headers,
      protocol: isEncrypted(req) ? "https" : "http",
      serverToken: Boolean(options.token),
    });
    if (!verdict.ok) {
      res.writeHead(verdict.status, {
        "Content-Type": "application/json",
        "Cache-Control": "no-store",
        ...verdict.headers,
      });
      res.end(JSON.stringify({ message: verdict.message }));
      return;
    }
    // Deleted here, before the proxy copies the headers: its proxyReq event, the other place to
    // do it, is skipped for a request with `Expect`.
    withholdHeaders(req.headers);
    approved.add(req);
    next();
  };

  const proxy: Record<string, ProxyOptions> = {
    [PROXY_PREFIX]: {
      target: options.target,
      changeOrigin: true,
      secure: options.secure,
      ws: false,
      // A second line of defence: whatever reaches the proxy without the guard's approval is dropped.
      bypass: (req) => (approved.has(req) ? undefined : false),
      configure: (server) => {
        server.on("proxyReq", (proxyReq, req) => {
          for (const name of proxyReq.getHeaderNames()) {
            if (isWithheldHeader(name)) proxyReq.removeHeader(name);
          }
          // The token is added here, server side, after the guard: it never reaches the browser.
          // (Without one, a token the user typed in the browser travels in the request's own header.)
          if (options.token && approved.has(req)) {
            proxyReq.setHeader("Coder-Session-Token", options.token);
          }
        });
      },
    },
  };
  return { proxy, guard, upgrade: refuseUpgrades(matchesProxy) };
}

/** A listener for the http server's `upgrade` event. */
export type UpgradeListener = (req: IncomingMessage, socket: Duplex, head: Buffer) => void;

/** Answers an upgrade request on its raw socket with 403, then closes the socket. */
export function refuseUpgrade(socket: Duplex): void {
  socket.on("error", () => socket.destroy());
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const body = JSON.stringify({ message: "This proxy forwards no WebSocket or other upgrade." });
  const response = [
    "HTTP/1.1 403 Forbidden",
    "Connection: close",
    "Content-Type: application/json",
    "Cache-Control: no-store",
    `Content-Length: ${Buffer.byteLength(body)}`,
    "",
    body,
  ].join("\r\n");
  socket.end(response, () => socket.destroy());
}

/**
 * The proxy has no WebSocket (`ws: false`), and Vite's proxy, which listens for upgrades whenever a
 * proxy is set, leaves one it does not forward unanswered, its socket open for minutes. This
 * listener answers the upgrades `refused` picks at once; the rest (Vite's HMR socket) go on as before.
 */
export function refuseUpgrades(refused: (url: string) => boolean): UpgradeListener {
  return (req, socket) => {
    if (refused(req.url ?? "")) refuseUpgrade(socket);
  };
}

import {
  createServer,
  request as httpRequest,
  type IncomingMessage,
  type ServerResponse,
} from "node:http";
import type { Socket } from "node:net";

// A small HTTP proxy in front of the fake coderd that the browser tests steer: it passes requests
// through, or for the matching ones hangs, answers a malformed 200 or an error status, or drops the
// connection (the server is down), until told to clear.

export type Fault =
  | { kind: "hang" }
  | { kind: "body"; body: string; contentType?: string }
  | {
      kind: "status";
      status: number;
      body: string;
      contentType: string;
      headers?: Record<string, string>;
    }
  | { kind: "down" }
  /** A server that ignores paging: `limit` and `offset` are dropped before coderd sees them. */
  | { kind: "ignore-limit" };

/**
 * Which requests a fault hits: the list, the list's later chunks (`offset` set), the list's
 * refreshes by id (`q` has `id:`), one workspace, or every API request.
 */
export type Scope = "list" | "chunks" | "ids" | "detail" | "all";

export interface FaultProxy {
  /** Every request's path and query, in order. */
  requests: string[];
  /** Bytes of the list answers passed through (bodies as sent, before any compression). */
  readonly listBytes: number;
  /** Requests held open by a "hang" fault right now. */
  readonly hung: number;
  set(fault: Fault, scope?: Scope): void;
  /** Back to passing everything through; hung requests are dropped. */
  clear(): void;
  close(): Promise<void>;
}

function inScope(url: URL, scope: Scope): boolean {
  const path = url.pathname;
  if (!path.startsWith("/api/v2/")) return false;
  if (scope === "all") return true;
  const list = path === "/api/v2/workspaces";
  if (scope === "chunks") return list && url.searchParams.has("offset");
  if (scope === "ids") return list && /(^| )id:/.test(url.searchParams.get("q") ?? "");
  return scope === "list" ? list : !list && path.startsWith("/api/v2/workspaces/");
}

export async function startFaultProxy(options: {
  port: number;
  target: string;
}): Promise<FaultProxy> {
  const target = new URL(options.target);
  const requests: string[] = [];
  const held = new Set<ServerResponse>();
  const sockets = new Set<Socket>();
  let fault: { fault: Fault; scope: Scope } | undefined;
  let listBytes = 0;

  const pass = (req: IncomingMessage, res: ServerResponse, path = req.url) => {
    const list = new URL(path ?? "/", "http://proxy").pathname === "/api/v2/workspaces";
    const upstream = httpRequest(
      {
        host: target.hostname,
        port: target.port,
        path,
        method: req.method,
        headers: req.headers,
      },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        if (list) up.on("data", (chunk: Buffer) => (listBytes += chunk.length));
        up.pipe(res);
      },
    );
    upstream.on("error", () => res.destroy());
    req.pipe(upstream);
  };

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://proxy");
    requests.push(url.pathname + url.search);
    const active = fault && inScope(url, fault.scope) ? fault.fault : undefined;
    switch (active?.kind) {
      case undefined:
        pass(req, res);
        return;
      case "hang":
        held.add(res);
        res.on("close", () => held.delete(res));
        return;
      case "down":
        req.socket.destroy();
        return;
      case "body":
        res.writeHead(200, { "Content-Type": active.contentType ?? "application/json" });
        res.end(active.body);
        return;
      case "status":
        res.writeHead(active.status, { ...active.headers, "Content-Type": active.contentType });
        res.end(active.body);
        return;
      case "ignore-limit":
        url.searchParams.delete("limit");
        url.searchParams.delete("offset");
        pass(req, res, url.pathname + (url.search === "?" ? "" : url.search));
        return;
    }
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(options.port, "127.0.0.1", resolve));

  return {
    requests,
    get listBytes() {
      return listBytes;
    },
    get hung() {
      return held.size;
    },
    set(next, scope = "list") {
      fault = { fault: next, scope };
    },
    clear() {
      fault = undefined;
      for (const res of held) res.destroy();
      held.clear();
    },
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

// @vitest-environment node
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, request, type IncomingHttpHeaders, type Server } from "node:http";
import { connect, type AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  createServer as createViteServer,
  preview,
  type PreviewServer,
  type ViteDevServer,
} from "vite";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { server as msw } from "../../mocks/node";
import {
  checkProxyRequest,
  isAllowedApiPath,
  isWithheldHeader,
  withholdHeaders,
} from "../../src/server/apiProxy";
import { productionPolicy } from "../../src/server/indexHtml";

const ID = "0f3a8a35-6c7e-4b8e-9d4f-5b0f6a3c2d11";

describe("isAllowedApiPath", () => {
  test.each(["/api/v2/workspaces", `/api/v2/workspaces/${ID}`, "/api/v2/workspaces/not-a-uuid"])(
    "forwards %s",
    (path) => {
      expect(isAllowedApiPath(path)).toBe(true);
    },
  );

  test.each([
    "/api",
    "/api/",
    "/api/v2",
    "/api/v2/",
    "/api/v2/workspaces/",
    "/api/v2/users/me",
    "/api/v2/workspaces/../users/me",
    "/api/v2/workspaces/%2e%2e/users/me",
    "/api/v2/workspaces/%2E%2E",
    "/api/v2/workspaces/.%2e",
    "/api/v2/workspaces/.",
    "/api/v2/workspaces/..",
    "/api/v2//workspaces",
    "/api//v2/workspaces",
    "//api/v2/workspaces",
    "/api/v2/workspaces//x",
    "/api/v2/workspaces\\..\\users",
    "/api/v2/workspaces%5c..%5cusers",
    "/api/v2/workspaces%2fx",
    "/api/v2/workspaces/x%2F..%2F..%2Fusers",
    "/api/v2/workspaces/%252e%252e",
    "/api/v2/workspaces/%E0%A4%A",
    `/api/v2/workspaces/${ID}/watch-ws`,
    `/api/v2/workspaces/${ID}/builds`,
    "/api/v2/workspaces/x y",
    "/api/v2/workspacesfoo",
    "/apifoo",
    "/api-docs/x",
    "/API/v2/workspaces",
  ])("refuses %s", (path) => {
    expect(isAllowedApiPath(path)).toBe(false);
  });
});

describe("checkProxyRequest", () => {
  const ok = {
    method: "GET",
    url: "/api/v2/workspaces?q=owner%3Abob",
    protocol: "http" as const,
    serverToken: true,
  };
  const host = { host: "localhost:5173" };
  /** What Chromium sends with the page's own fetch to localhost. */
  const page = { ...host, "sec-fetch-site": "same-origin" };

  test("GET and HEAD of the two endpoints, with their query strings, pass", () => {
    expect(checkProxyRequest({ ...ok, headers: page })).toEqual({ ok: true });
    expect(
      checkProxyRequest({
        ...ok,
        method: "HEAD",
        url: `/api/v2/workspaces/${ID}?include_deleted=true`,
        headers: page,
      }),
    ).toEqual({ ok: true });
    for (const site of ["same-origin", "none"]) {
      expect(checkProxyRequest({ ...ok, headers: { ...host, "sec-fetch-site": site } })).toEqual({
        ok: true,
      });
    }
    expect(
      checkProxyRequest({ ...ok, headers: { ...host, origin: "http://localhost:5173" } }),
    ).toEqual({
      ok: true,
    });
    expect(checkProxyRequest({ ...ok, headers: { ...page, "content-length": "0" } })).toEqual({
      ok: true,
    });
  });

  test("with a server-side token, a request with neither Sec-Fetch-Site nor Origin: 403", () => {
    // curl, a script, or anything on the network when the dev server listens with --host.
    expect(checkProxyRequest({ ...ok, headers: host })).toMatchObject({ ok: false, status: 403 });
    expect(
      checkProxyRequest({ ...ok, headers: { ...host, "sec-fetch-mode": "cors", referer: "x" } }),
    ).toMatchObject({ ok: false, status: 403 });
    // Without one the request carries only its own credentials, as it would to coderd directly.
    expect(checkProxyRequest({ ...ok, serverToken: false, headers: host })).toEqual({ ok: true });
  });

  test.each(["POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "CONNECT", "", "get2"])(
    "method %j: 405 with Allow",
    (method) => {
      expect(checkProxyRequest({ ...ok, method, headers: page })).toMatchObject({
        ok: false,
        status: 405,
        headers: { Allow: "GET, HEAD" },
      });
    },
  );

  test.each<[string, string, IncomingHttpHeaders]>([
    ["GET", "Content-Length", { "content-length": "2" }],
    ["HEAD", "Content-Length", { "content-length": "1" }],
    ["GET", "a malformed Content-Length", { "content-length": "x" }],
    ["GET", "Transfer-Encoding", { "transfer-encoding": "chunked" }],
    [
      "GET",
      "Transfer-Encoding and Content-Length: 0",
      { "transfer-encoding": "chunked", "content-length": "0" },
    ],
  ])("%s with a body (%s): 400, connection closed", (method, _name, headers) => {
    expect(checkProxyRequest({ ...ok, method, headers: { ...page, ...headers } })).toMatchObject({
      ok: false,
      status: 400,
      headers: { Connection: "close" },
    });
  });

  test.each<[string, IncomingHttpHeaders]>([
    ["another origin", { origin: "http://evil.example" }],
    ["another port", { origin: "http://localhost:5174" }],
    ["another scheme", { origin: "https://localhost:5173" }],
    ["an opaque origin", { origin: "null" }],
    ["an origin with a path", { origin: "http://localhost:5173/x" }],
    ["garbage", { origin: "::" }],
    ["Sec-Fetch-Site cross-site", { "sec-fetch-site": "cross-site" }],
    ["Sec-Fetch-Site same-site", { "sec-fetch-site": "same-site" }],
    ["Sec-Fetch-Site unknown", { "sec-fetch-site": "sideways" }],
    ["no Host but an Origin", { host: undefined, origin: "http://localhost:5173" }],
  ])("from %s: 403", (_name, headers) => {
    for (const serverToken of [true, false]) {
      expect(
        checkProxyRequest({ ...ok, serverToken, headers: { ...host, ...headers } }),
      ).toMatchObject({ ok: false, status: 403 });
    }
  });

  test("hostile paths: 403 even as GET from the same origin", () => {
    for (const url of [
      "/api/v2/users/me",
      "/api/v2/workspaces/../users/me?x=1",
      "/apifoo",
      "/api-docs/x",
      "/api/v2/workspaces#x",
    ]) {
      expect(checkProxyRequest({ ...ok, url, headers: page })).toMatchObject({
        ok: false,
        status: 403,
      });
    }
  });
});

describe("withholdHeaders", () => {
  test("deletes what speaks for a hop or overrides the method or path, and nothing else", () => {
    const headers: IncomingHttpHeaders = {
      host: "localhost:5173",
      accept: "application/json",
      "coder-session-token": "typed-by-the-user",
      "sec-fetch-site": "same-origin",
      "x-forwarded-for": "10.0.0.1",
      "x-forwarded-host": "coder.example.com",
      "x-forwarded-proto": "https",
      "x-forwarded-prefix": "/x",
      forwarded: "for=10.0.0.1",
      "x-real-ip": "10.0.0.1",
      "true-client-ip": "10.0.0.1",
      "cf-connecting-ip": "10.0.0.1",
      "x-client-ip": "10.0.0.1",
      "x-cluster-client-ip": "10.0.0.1",
      "fastly-client-ip": "10.0.0.1",
      "x-http-method-override": "DELETE",
      "x-http-method": "DELETE",
      "x-method-override": "DELETE",
      "x-original-url": "/api/v2/users/me",
      "x-rewrite-url": "/api/v2/users/me",
      "x-forwarded": "for=10.0.0.1",
      "x-request-id": "kept",
    };
    const kept = ["host", "accept", "coder-session-token", "sec-fetch-site", "x-request-id"];
    const removed = withholdHeaders(headers);
    expect(Object.keys(headers).sort()).toEqual([...kept].sort());
    expect(removed).toHaveLength(17);
    expect(isWithheldHeader("X-HTTP-Method-Override")).toBe(true);
    expect(isWithheldHeader("X-Forwarded-For")).toBe(true);
  });
});

/**
 * Sends an HTTP/1.1 Upgrade request on a raw socket and reads what comes back: until the server
 * closes the socket, or (with `untilHeaders`) until the response's head is in, or for `waitMs`.
 */
function rawUpgrade(
  port: number,
  path: string,
  options: { headers?: Record<string, string>; untilHeaders?: boolean; waitMs?: number } = {},
) {
  return new Promise<{ text: string; closed: boolean; ms: number }>((resolve, reject) => {
    const started = Date.now();
    const socket = connect(port, "127.0.0.1");
    let text = "";
    let done = false;
    const finish = (closed: boolean) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      socket.destroy();
      resolve({ text, closed, ms: Date.now() - started });
    };
    const timer = setTimeout(() => finish(false), options.waitMs ?? 2000);
    socket.setEncoding("utf8");
    socket.on("data", (chunk: string) => {
      text += chunk;
      if (options.untilHeaders && text.includes("\r\n\r\n")) finish(false);
    });
    socket.on("close", () => finish(true));
    socket.on("error", (error) => {
      if (!done) reject(error);
    });
    const head = {
      Host: `127.0.0.1:${port}`,
      Connection: "Upgrade",
      Upgrade: "websocket",
      "Sec-WebSocket-Version": "13",
      "Sec-WebSocket-Key": "dGhlIHNhbXBsZSBub25jZQ==",
      ...options.headers,
    };
    socket.write(
      `GET ${path} HTTP/1.1\r\n` +
        Object.entries(head)
          .map(([name, value]) => `${name}: ${value}\r\n`)
          .join("") +
        "\r\n",
    );
  });
}

// The real thing: `vite preview` with this project's config, CODER_URL pointing at a recording upstream.
describe("vite preview's /api proxy, end to end", () => {
  const TOKEN = "server-side-token-for-the-proxy-test";
  const received: { method: string; url: string; headers: IncomingHttpHeaders }[] = [];
  let upstream: Server;
  let server: PreviewServer;
  let port = 0;
  let outDir = "";
  const saved = { url: process.env.CODER_URL, token: process.env.CODER_SESSION_TOKEN };

  beforeAll(async () => {
    // The shared setup's MSW intercepts Node's own http: real sockets only here.
    msw.close();
    upstream = createServer((req, res) => {
      received.push({ method: req.method ?? "", url: req.url ?? "", headers: req.headers });
      res.writeHead(200, { "Content-Type": "application/json" });
      res.end(req.method === "HEAD" ? undefined : JSON.stringify({ workspaces: [], count: 0 }));
    });
    await new Promise<void>((resolve) => upstream.listen(0, "127.0.0.1", resolve));
    const upstreamPort = (upstream.address() as AddressInfo).port;

    outDir = mkdtempSync(join(tmpdir(), "proxy-test-"));
    writeFileSync(join(outDir, "index.html"), "<!doctype html><title>t</title>");
    process.env.CODER_URL = `http://127.0.0.1:${upstreamPort}`;
    process.env.CODER_SESSION_TOKEN = TOKEN;
    server = await preview({
      configFile: fileURLToPath(new URL("../../vite.config.ts", import.meta.url)),
      root: fileURLToPath(new URL("../..", import.meta.url)),
      logLevel: "silent",
      build: { outDir },
      preview: { port: 0, host: "127.0.0.1", open: false },
    });
    const address = server.httpServer.address();
    if (!address || typeof address === "string") throw new Error("preview has no port");
    port = address.port;
  }, 60_000);

  afterAll(async () => {
    await server.close();
    await new Promise((resolve) => upstream.close(resolve));
    rmSync(outDir, { recursive: true, force: true });
    if (saved.url === undefined) delete process.env.CODER_URL;
    else process.env.CODER_URL = saved.url;
    if (saved.token === undefined) delete process.env.CODER_SESSION_TOKEN;
    else process.env.CODER_SESSION_TOKEN = saved.token;
  });

  /** A raw request: Node sends the path as written (no normalisation, unlike fetch). */
  function send(method: string, path: string, headers: Record<string, string> = {}, body?: string) {
    return new Promise<{ status: number; headers: IncomingHttpHeaders; body: string }>(
      (resolve, reject) => {
        const req = request({ host: "127.0.0.1", port, method, path, headers }, (res) => {
          let body = "";
          res.setEncoding("utf8");
          res.on("data", (chunk: string) => (body += chunk));
          res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
        });
        req.on("error", reject);
        req.end(body);
      },
    );
  }

  test("forwards only GET/HEAD of the two endpoints from this origin, the token added upstream", async () => {
    const self = `http://127.0.0.1:${port}`;
    const allowed: [string, string, Record<string, string>][] = [
      ["GET", "/api/v2/workspaces", { "Sec-Fetch-Site": "same-origin" }],
      [
        "GET",
        "/api/v2/workspaces?q=owner%3Abob+status%3Afailed&limit=50",
        { "Sec-Fetch-Site": "same-origin" },
      ],
      ["HEAD", `/api/v2/workspaces/${ID}`, { "Sec-Fetch-Site": "none" }],
      ["GET", `/api/v2/workspaces/${ID}?include_deleted=true`, { Origin: self }],
    ];
    const refused: [string, string, Record<string, string>, number][] = [
      ["POST", "/api/v2/workspaces", {}, 405],
      ["PUT", `/api/v2/workspaces/${ID}`, {}, 405],
      ["DELETE", `/api/v2/workspaces/${ID}`, {}, 405],
      ["PATCH", "/api/v2/workspaces", {}, 405],
      ["OPTIONS", "/api/v2/workspaces", { Origin: "http://evil.example" }, 405],
      ["GET", "/api/v2/users/me", {}, 403],
      ["GET", "/api/v2/workspaces/../users/me", {}, 403],
      ["GET", "/api/v2/workspaces/%2e%2e/users/me", {}, 403],
      ["GET", "/api/v2/workspaces/%2E%2E/%2E%2E/users/me", {}, 403],
      ["GET", "/api//v2/workspaces", {}, 403],
      ["GET", "/api/v2/workspaces//", {}, 403],
      ["GET", "/api/v2/workspaces\\..\\users\\me", {}, 403],
      ["GET", "/api/v2/workspaces%2f..%2fusers%2fme", {}, 403],
      ["GET", `/api/v2/workspaces/${ID}/watch-ws`, {}, 403],
      ["GET", "/apifoo", {}, 403],
      ["GET", "/api-docs/x", {}, 403],
      ["GET", "/api", {}, 403],
      ["GET", "/api/v2/workspaces", { Origin: "http://evil.example" }, 403],
      ["GET", "/api/v2/workspaces", { Origin: "null" }, 403],
      ["GET", "/api/v2/workspaces", { "Sec-Fetch-Site": "cross-site" }, 403],
      ["GET", "/api/v2/workspaces", { "Sec-Fetch-Site": "same-site" }, 403],
      // What curl or any script on the network sends: neither Sec-Fetch-Site nor Origin.
      ["GET", "/api/v2/workspaces", {}, 403],
      ["GET", `/api/v2/workspaces/${ID}`, {}, 403],
      ["GET", "/api/v2/workspaces", { "Sec-Fetch-Mode": "cors" }, 403],
    ];

    for (const [method, path, headers, status] of refused) {
      const res = await send(method, path, headers);
      expect({ method, path, status: res.status }).toEqual({ method, path, status });
      expect(res.headers["content-type"]).toBe("application/json");
      expect(JSON.parse(res.body)).toEqual({ message: expect.any(String) as string });
      expect(res.body).not.toContain(TOKEN);
    }
    expect(received).toEqual([]);

    for (const [method, path, headers] of allowed) {
      const res = await send(method, path, headers);
      expect({ method, path, status: res.status }).toEqual({ method, path, status: 200 });
    }
    expect(received.map((r) => [r.method, r.url])).toEqual(allowed.map(([m, p]) => [m, p]));
    for (const r of received) expect(r.headers["coder-session-token"]).toBe(TOKEN);

    // Pages are not the proxy's business.
    expect((await send("GET", "/workspaces")).status).toBe(200);
    expect(received).toHaveLength(allowed.length);
  }, 30_000);

  test("a GET or HEAD with a body is refused (400) and never reaches coderd", async () => {
    const before = received.length;
    const site = { "Sec-Fetch-Site": "same-origin" };
    const cases: [string, Record<string, string>, string][] = [
      ["GET", { ...site, "Content-Type": "application/json", "Content-Length": "2" }, "{}"],
      ["GET", { ...site, "Transfer-Encoding": "chunked" }, "{}"],
      ["GET", { ...site, "Transfer-Encoding": "chunked" }, ""],
      ["HEAD", { ...site, "Content-Length": "5" }, "hello"],
    ];
    for (const [method, headers, body] of cases) {
      const res = await send(method, "/api/v2/workspaces", headers, body);
      expect({ method, headers, status: res.status }).toEqual({ method, headers, status: 400 });
    }
    expect(received).toHaveLength(before);
    // An empty body declared as such is no body.
    const empty = await send("GET", "/api/v2/workspaces", { ...site, "Content-Length": "0" });
    expect(empty.status).toBe(200);
    expect(received).toHaveLength(before + 1);
  });

  test("headers by which a client speaks for a hop or overrides the method never reach coderd", async () => {
    const before = received.length;
    const claims = {
      "X-Forwarded-For": "10.0.0.1",
      "X-Forwarded-Host": "coder.example.com",
      "X-Forwarded-Proto": "https",
      "X-Forwarded-Port": "443",
      "X-Forwarded-Prefix": "/admin",
      Forwarded: "for=10.0.0.1;proto=https",
      "X-Real-IP": "10.0.0.1",
      "True-Client-IP": "10.0.0.1",
      "CF-Connecting-IP": "10.0.0.1",
      "X-Client-IP": "10.0.0.1",
      "X-Cluster-Client-IP": "10.0.0.1",
      "X-HTTP-Method-Override": "DELETE",
      "X-HTTP-Method": "DELETE",
      "X-Method-Override": "DELETE",
      "X-Original-URL": "/api/v2/users/me",
      "X-Rewrite-URL": "/api/v2/users/me",
    };
    const res = await send("GET", "/api/v2/workspaces?limit=1", {
      "Sec-Fetch-Site": "same-origin",
      Accept: "application/json",
      ...claims,
    });
    expect(res.status).toBe(200);
    expect(received).toHaveLength(before + 1);
    const upstream = received[before]?.headers ?? {};
    for (const name of Object.keys(claims)) {
      expect({ [name]: upstream[name.toLowerCase()] }).toEqual({ [name]: undefined });
    }
    expect(upstream.accept).toBe("application/json");
    expect(upstream["coder-session-token"]).toBe(TOKEN);
  });

  test("an Upgrade to /api is answered and the socket closed at once, from any origin", async () => {
    const before = received.length;
    const self = `http://127.0.0.1:${port}`;
    for (const headers of [
      {} as Record<string, string>,
      { "Sec-Fetch-Site": "same-origin", Origin: self },
      { Origin: "http://evil.example" },
    ]) {
      for (const path of ["/api/v2/workspaces", `/api/v2/workspaces/${ID}/watch-ws`]) {
        const res = await rawUpgrade(port, path, { headers });
        expect({ path, headers, closed: res.closed }).toEqual({ path, headers, closed: true });
        expect(res.text).toMatch(/^HTTP\/1\.1 403 /);
        expect(res.ms).toBeLessThan(2000);
      }
    }
    // Nothing uses a WebSocket on the preview server: other paths are closed as well.
    expect((await rawUpgrade(port, "/workspaces")).closed).toBe(true);
    expect(received).toHaveLength(before);
  });

  test("pages carry the production build's Content Security Policy as a header, frame-ancestors included", async () => {
    const policy = productionPolicy("/", { header: true });
    expect(policy).toContain("frame-ancestors 'none'");
    for (const path of ["/", "/workspaces", `/workspaces/${ID}`]) {
      const res = await send("GET", path);
      expect({ path, csp: res.headers["content-security-policy"] }).toEqual({ path, csp: policy });
    }
  });
});

// `vite` (dev) with CODER_URL: the proxy's /api upgrades are refused, Vite's own HMR socket is not.
describe("vite's dev server with the /api proxy", () => {
  let upstream: Server;
  let server: ViteDevServer;
  let port = 0;
  const saved = { url: process.env.CODER_URL, token: process.env.CODER_SESSION_TOKEN };
  let upstreamRequests = 0;

  beforeAll(async () => {
    msw.close();
    upstream = createServer((_req, res) => {
      upstreamRequests += 1;
      res.writeHead(200, { "Content-Type": "application/json" });
      res.end(JSON.stringify({ workspaces: [], count: 0 }));
    });
    upstream.on("upgrade", (_req, socket) => {
      upstreamRequests += 1;
      socket.destroy();
    });
    await new Promise<void>((resolve) => upstream.listen(0, "127.0.0.1", resolve));
    process.env.CODER_URL = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;
    process.env.CODER_SESSION_TOKEN = "server-side-token-for-the-dev-test";
    server = await createViteServer({
      configFile: fileURLToPath(new URL("../../vite.config.ts", import.meta.url)),
      root: fileURLToPath(new URL("../..", import.meta.url)),
      logLevel: "silent",
      optimizeDeps: { noDiscovery: true, include: [] },
      server: { port: 0, host: "127.0.0.1", open: false, watch: null },
    });
    await server.listen();
    const address = server.httpServer?.address();
    if (!address || typeof address === "string") throw new Error("dev server has no port");
    port = address.port;
  }, 60_000);

  afterAll(async () => {
    await server.close();
    await new Promise((resolve) => upstream.close(resolve));
    if (saved.url === undefined) delete process.env.CODER_URL;
    else process.env.CODER_URL = saved.url;
    if (saved.token === undefined) delete process.env.CODER_SESSION_TOKEN;
    else process.env.CODER_SESSION_TOKEN = saved.token;
  });

  test("an Upgrade to /api is answered (403) and closed within 2 s; coderd never sees it", async () => {
    for (const path of ["/api/v2/workspaces", "/api/v2/workspaces/x/watch-ws", "/api"]) {
      const res = await rawUpgrade(port, path, {
        headers: { "Sec-WebSocket-Protocol": "vite-hmr", "Sec-Fetch-Site": "same-origin" },
      });
      expect({ path, closed: res.closed }).toEqual({ path, closed: true });
      expect(res.text).toMatch(/^HTTP\/1\.1 403 /);
      expect(res.ms).toBeLessThan(2000);
    }
    expect(upstreamRequests).toBe(0);
  });

  test("Vite's own HMR WebSocket still upgrades", async () => {
    const res = await rawUpgrade(port, "/", {
      headers: { "Sec-WebSocket-Protocol": "vite-hmr" },
      untilHeaders: true,
    });
    expect(res.text).toMatch(/^HTTP\/1\.1 101 /);
    expect(res.text.toLowerCase()).toContain("sec-websocket-protocol: vite-hmr");
  });
});

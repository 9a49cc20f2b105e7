import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server, type ServerResponse } from "node:http";
import { extname, join, normalize } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { benchApi, type BenchApi, type ChurnOptions } from "./coderd";

// The benchmark's server: the production build (dist/) with an SPA fallback, coderd's API over a
// fleet of N workspaces (./coderd.ts: paging, `q` with `id:`, builds in progress, bytes counted), and
// two baselines built from the same rows. With `compress` it serves like a production front end:
// brotli or gzip for static files, gzip for JSON.

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".svg": "image/svg+xml",
  ".json": "application/json",
  ".ico": "image/x-icon",
  ".png": "image/png",
  ".woff2": "font/woff2",
};
const COMPRESSIBLE = new Set([".html", ".js", ".css", ".svg", ".json"]);

const escape = (s: unknown) =>
  (typeof s === "string" ? s : "").replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A script-free page with every row as HTML: what the browser alone costs. */
function htmlBaseline(api: BenchApi): string {
  const rows = api
    .rows()
    .map(
      (w) =>
        `<tr><td><a href="/workspaces/${escape(w.id)}">${escape(w.name)}</a></td><td>${escape(w.owner_name)}</td><td>${escape(w.template_display_name || w.template_name)}</td><td>${escape(w.latest_build.status)}</td><td>${escape(w.last_used_at)}</td></tr>`,
    )
    .join("");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Baseline</title></head><body><table><thead><tr><th>Name</th><th>Owner</th><th>Template</th><th>Status</th><th>Last used</th></tr></thead><tbody>${rows}</tbody></table></body></html>`;
}

/** The floor for any page that must fetch its data: fetch, then write one screenful of rows. */
const FETCH_BASELINE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Baseline</title></head><body>
<table><thead><tr><th>Name</th><th>Owner</th><th>Template</th><th>Status</th><th>Last used</th></tr></thead><tbody id="rows"></tbody></table>
<script>
fetch("/api/v2/workspaces", { headers: { Accept: "application/json" } })
  .then((r) => r.json())
  .then((data) => {
    const body = document.getElementById("rows");
    const frag = document.createDocumentFragment();
    for (const w of data.workspaces.slice(0, 50)) {
      const tr = document.createElement("tr");
      for (const v of [w.name, w.owner_name, w.template_display_name || w.template_name, w.latest_build && w.latest_build.status, w.last_used_at]) {
        const td = document.createElement("td");
        td.textContent = v == null ? "" : String(v);
        tr.appendChild(td);
      }
      frag.appendChild(tr);
    }
    body.appendChild(frag);
  });
</script></body></html>`;

/** A static file the server sent: when (ms since the epoch, at the first byte) and how much. */
export interface Served {
  at: number;
  path: string;
  raw: number;
  wire: number;
}

export interface BenchServer {
  url: string;
  api: BenchApi;
  /** Every static file sent since the last `served.length = 0`. */
  served: Served[];
  close(): Promise<void>;
}

export async function startBenchServer(options: {
  port: number;
  size: number;
  dist: string;
  compress?: boolean;
  churn?: ChurnOptions | undefined;
}): Promise<BenchServer> {
  const api = benchApi({
    size: options.size,
    churn: options.churn,
    compress: options.compress ?? false,
  });
  const html = htmlBaseline(api);
  const served: Served[] = [];
  const encoded = new Map<string, Buffer>();
  const sendFile = (
    accept: string,
    res: ServerResponse,
    path: string,
    ext: string,
    body: Buffer | string,
    cacheControl: string,
  ) => {
    const buf = typeof body === "string" ? Buffer.from(body) : body;
    const headers: Record<string, string> = {
      "Content-Type": TYPES[ext] ?? "application/octet-stream",
      "Cache-Control": cacheControl,
    };
    let out = buf;
    if (options.compress && COMPRESSIBLE.has(ext) && buf.length > 512) {
      const enc = /\bbr\b/.test(accept) ? "br" : /\bgzip\b/.test(accept) ? "gzip" : undefined;
      if (enc) {
        const key = `${enc}:${path}:${buf.length}`;
        let z = encoded.get(key);
        if (!z) {
          z =
            enc === "br"
              ? brotliCompressSync(buf, {
                  params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
                })
              : gzipSync(buf, { level: 9 });
          encoded.set(key, z);
        }
        out = z;
        headers["Content-Encoding"] = enc;
        headers.Vary = "Accept-Encoding";
      }
    }
    served.push({ at: Date.now(), path, raw: buf.length, wire: out.length });
    res.writeHead(200, { ...headers, "Content-Length": String(out.length) });
    res.end(out);
  };

  const index = () => readFileSync(join(options.dist, "index.html"));
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://bench");
    const accept = req.headers["accept-encoding"] ?? "";
    if (url.pathname.startsWith("/api/v2/")) return api.handle(req, res, url);
    if (url.pathname === "/baseline/html") {
      return sendFile(accept, res, url.pathname, ".html", html, "no-cache");
    }
    if (url.pathname === "/baseline/fetch") {
      return sendFile(accept, res, url.pathname, ".html", FETCH_BASELINE, "no-cache");
    }
    const file = join(options.dist, normalize(url.pathname).replace(/^(\.\.[/\\])+/, ""));
    if (url.pathname !== "/" && existsSync(file) && statSync(file).isFile()) {
      return sendFile(
        accept,
        res,
        url.pathname,
        extname(file),
        readFileSync(file),
        url.pathname.startsWith("/assets/") ? "max-age=31536000, immutable" : "no-cache",
      );
    }
    sendFile(accept, res, "/index.html", ".html", index(), "no-cache");
  });
  await new Promise<void>((resolve) => server.listen(options.port, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${options.port}`,
    api,
    served,
    close: () =>
      new Promise((resolve) => {
        api.stop();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

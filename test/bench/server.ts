import { readFileSync, existsSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { extname, join, normalize } from "node:path";
import { coderdApi } from "../fake-coderd/server";
import { generateFleet } from "../../mocks/fleet";

// The benchmark's server: the production build (dist/) with an SPA fallback, coderd's API over a
// fleet of N workspaces, and two baselines built from the same rows.

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".svg": "image/svg+xml",
  ".json": "application/json",
};

const escape = (s: string | undefined) =>
  (s ?? "").replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A script-free page with every row as HTML: what the browser alone costs. */
function htmlBaseline(size: number): string {
  const rows = generateFleet({ size })
    .filter((e) => !e.deleted)
    .map(
      ({ workspace: w }) =>
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

export interface BenchServer {
  url: string;
  close(): Promise<void>;
}

export async function startBenchServer(options: {
  port: number;
  size: number;
  dist: string;
}): Promise<BenchServer> {
  const api = coderdApi({ size: options.size });
  const html = htmlBaseline(options.size);
  const index = readFileSync(join(options.dist, "index.html"));
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://bench");
    if (url.pathname.startsWith("/api/v2/")) return api(req, res, url);
    if (url.pathname === "/baseline/html") {
      res.writeHead(200, { "Content-Type": TYPES[".html"] });
      return res.end(html);
    }
    if (url.pathname === "/baseline/fetch") {
      res.writeHead(200, { "Content-Type": TYPES[".html"] });
      return res.end(FETCH_BASELINE);
    }
    const file = join(options.dist, normalize(url.pathname).replace(/^(\.\.[/\\])+/, ""));
    if (url.pathname !== "/" && existsSync(file) && statSync(file).isFile()) {
      res.writeHead(200, {
        "Content-Type": TYPES[extname(file)] ?? "application/octet-stream",
        "Cache-Control": url.pathname.startsWith("/assets/")
          ? "max-age=31536000, immutable"
          : "no-cache",
      });
      return res.end(readFileSync(file));
    }
    res.writeHead(200, { "Content-Type": TYPES[".html"], "Cache-Control": "no-cache" });
    res.end(index);
  });
  await new Promise<void>((resolve) => server.listen(options.port, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${options.port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

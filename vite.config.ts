import { readdirSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import type { Plugin } from "vite";
import { defineConfig } from "vitest/config";
import { guardedCoderProxy, refuseUpgrades } from "./src/server/apiProxy.js";
import { injectEarlyFetch } from "./src/server/indexHtml.js";
import { productionHeadersMiddleware } from "./src/server/securityHeaders.js";

// Files only the demo needs: MSW's service worker and the fixture fleet's icons. coderd serves its
// own /icon/ set, so production output carries neither.
const DEMO_PUBLIC = fileURLToPath(new URL("./mocks/public", import.meta.url));
const WORKER = "mockServiceWorker.js";

function demoFiles(): Map<string, () => Buffer> {
  const files = new Map<string, () => Buffer>();
  const worker = createRequire(import.meta.url).resolve(`msw/${WORKER}`);
  files.set(WORKER, () => readFileSync(worker));
  for (const name of readdirSync(DEMO_PUBLIC, { recursive: true, encoding: "utf8" })) {
    const path = join(DEMO_PUBLIC, name);
    if (statSync(path).isFile()) files.set(name.split(sep).join("/"), () => readFileSync(path));
  }
  return files;
}

function demoAssets(base: string): Plugin {
  const files = demoFiles();
  return {
    name: "demo-assets",
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = decodeURIComponent(req.url?.split("?")[0] ?? "");
        const file = path.startsWith(base) ? files.get(path.slice(base.length)) : undefined;
        if (!file) return next();
        res.setHeader("Content-Type", path.endsWith(".svg") ? "image/svg+xml" : "text/javascript");
        res.end(file());
      });
    },
    generateBundle() {
      for (const [fileName, read] of files)
        this.emitFile({ type: "asset", fileName, source: read() });
    },
  };
}

/**
 * Starts the unfiltered list request from index.html, in parallel with downloading the app's code
 * (src/api/earlyFetch.ts takes the response). Not in demo mode: MSW isn't running that early.
 * With `csp`, a Content Security Policy <meta> goes first, allowing that one inline script by hash.
 */
function earlyFetch(base: string, csp: boolean): Plugin {
  return {
    name: "early-list-fetch",
    transformIndexHtml: (html) => injectEarlyFetch(html, base, { csp }),
  };
}

/**
 * Links to Coder's own pages (a workspace, its build logs, its apps) go to CODER_URL when a dev or
 * preview server proxies to it: told to the page by a <meta name="coder-origin"> added as index.html
 * is served, never built in (a production build is served on coderd's origin and links there).
 */
function coderOriginMeta(origin: string, base: string): Plugin {
  const meta = `<meta name="coder-origin" content="${origin}" />`;
  const inject = (html: string) => html.replace("<head>", `<head>\n    ${meta}`);
  return {
    name: "coder-origin-meta",
    apply: "serve",
    transformIndexHtml: (html) => inject(html),
    configurePreviewServer(server) {
      const outDir = server.config.build.outDir;
      server.middlewares.use((req, res, next) => {
        const path = req.url?.split("?")[0] ?? "";
        const page =
          (req.method === "GET" || req.method === "HEAD") &&
          path.startsWith(base) &&
          (path.endsWith("/index.html") || !/\.[a-z0-9]+$/i.test(path)) &&
          !path.startsWith("/api/");
        if (!page) return next();
        const html = readFileSync(resolve(server.config.root, outDir, "index.html"), "utf8");
        res.setHeader("Content-Type", "text/html; charset=utf-8");
        res.end(inject(html));
      });
    },
  };
}

/**
 * The entry's stylesheet (the app's plain-class CSS, ~9 KB) in a <style> in index.html instead of a
 * <link>: it was the one request that held the first paint (index.html's top bar) back, by a round
 * trip. The policy already allows inline styles (Emotion's). The file stays for anything else that
 * names it.
 */
function inlineEntryCss(base: string): Plugin {
  const link = /<link rel="stylesheet" crossorigin href="([^"]+\.css)">/g;
  return {
    name: "inline-entry-css",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler(html, ctx) {
        return html.replace(link, (tag, href: string) => {
          const asset = href.startsWith(base) ? ctx.bundle?.[href.slice(base.length)] : undefined;
          if (asset?.type !== "asset") return tag;
          const css =
            typeof asset.source === "string"
              ? asset.source
              : new TextDecoder().decode(asset.source);
          return /<\/style/i.test(css) ? tag : `<style>${css}</style>`;
        });
      },
    },
  };
}

const refuseEveryUpgrade = refuseUpgrades(() => true);

/**
 * Runs the proxy guard before Vite's own middlewares (its proxy among them), and answers WebSocket
 * upgrades the proxy would otherwise leave hanging.
 */
function proxyGuard(coder: ReturnType<typeof guardedCoderProxy>): Plugin {
  return {
    name: "coder-proxy-guard",
    configureServer(server) {
      server.middlewares.use(coder.guard);
      // Upgrades under /api only: Vite's HMR WebSocket shares this server.
      server.httpServer?.on("upgrade", coder.upgrade);
    },
    configurePreviewServer(server) {
      server.middlewares.use(coder.guard);
      // Nothing `vite preview` serves uses a WebSocket: every upgrade is answered and closed.
      server.httpServer.on("upgrade", refuseEveryUpgrade);
    },
  };
}

/**
 * `vite preview` of a production build sends the headers README's nginx example sends (the Content
 * Security Policy with `frame-ancestors`), so a preview enforces what production does.
 */
function productionHeaders(base: string): Plugin {
  return {
    name: "production-headers",
    configurePreviewServer: (server) =>
      void server.middlewares.use(productionHeadersMiddleware(base)),
  };
}

// Demo mode serves MSW fixtures in the browser. It is on for `npm run dev` without CODER_URL and for
// `--mode demo` builds; a plain `npm run build` never contains mock code.
export default defineConfig(({ command, mode }) => {
  const coderUrl = process.env.CODER_URL?.trim() || undefined;
  const token = process.env.CODER_SESSION_TOKEN?.trim() || undefined;
  const demo = mode === "demo" || (command === "serve" && mode !== "production" && !coderUrl);

  // Forwards only the two endpoints the dashboard reads, from its own origin (src/server/apiProxy.ts).
  const coder = coderUrl
    ? guardedCoderProxy({
        target: coderUrl,
        token,
        secure: process.env.CODER_TLS_INSECURE !== "1",
      })
    : undefined;

  const base = process.env.BASE_PATH || "/";
  return {
    base,
    plugins: [
      react(),
      inlineEntryCss(base),
      demo ? demoAssets(base) : earlyFetch(base, command === "build"),
      ...(demo ? [] : [productionHeaders(base)]),
      ...(coder ? [proxyGuard(coder)] : []),
      ...(coderUrl ? [coderOriginMeta(new URL(coderUrl).origin, base)] : []),
    ],
    define: {
      "import.meta.env.VITE_DEMO": JSON.stringify(demo ? "true" : "false"),
      "import.meta.env.VITE_CODER_HOST": JSON.stringify(coderUrl ? new URL(coderUrl).host : ""),
      "import.meta.env.VITE_CODER_APPS_HOST": JSON.stringify(
        process.env.CODER_APPS_HOST?.trim() ?? "",
      ),
    },
    build: {
      outDir: mode === "demo" ? "dist-demo" : "dist",
      target: "es2022",
    },
    // No CORS in front of the proxy: the dashboard is same-origin only, and Vite's default would
    // answer other localhost sites' preflights before the guard sees them.
    server: { proxy: coder?.proxy, cors: coder ? false : undefined },
    preview: { proxy: coder?.proxy, cors: coder ? false : undefined },
    test: {
      environment: "jsdom",
      setupFiles: ["./test/setup.ts"],
      include: ["test/unit/**/*.test.{ts,tsx}", "test/integration/**/*.test.{ts,tsx}"],
      restoreMocks: true,
      testTimeout: 30000,
    },
  };
});

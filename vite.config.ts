import { readdirSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { join, sep } from "node:path";
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import type { Plugin, ProxyOptions } from "vite";
import { defineConfig } from "vitest/config";

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
 */
function earlyFetch(base: string): Plugin {
  const script = `(function(){var b=${JSON.stringify(base)},p=location.pathname;if(p.slice(0,b.length)!==b&&p+"/"!==b)return;var r=p.slice(b.length).replace(/\\/$/,"");if(r!==""&&r!=="workspaces")return;if(/[?&](q|owner|template|name|status|deleted|has_agent)=/.test(location.search))return;var u="/api/v2/workspaces";window.__earlyWorkspaces={url:u,response:fetch(u,{headers:{Accept:"application/json"},credentials:"same-origin"})};})();`;
  return {
    name: "early-list-fetch",
    transformIndexHtml: () => [{ tag: "script", children: script, injectTo: "head-prepend" }],
  };
}

// Demo mode serves MSW fixtures in the browser. It is on for `npm run dev` without CODER_URL and for
// `--mode demo` builds; a plain `npm run build` never contains mock code.
export default defineConfig(({ command, mode }) => {
  const coderUrl = process.env.CODER_URL?.trim() || undefined;
  const token = process.env.CODER_SESSION_TOKEN?.trim() || undefined;
  const demo = mode === "demo" || (command === "serve" && mode !== "production" && !coderUrl);

  const proxy: Record<string, ProxyOptions> | undefined = coderUrl
    ? {
        "/api": {
          target: coderUrl,
          changeOrigin: true,
          secure: process.env.CODER_TLS_INSECURE !== "1",
          // The token is added here, on the server side, so it never reaches the browser.
          headers: token ? { "Coder-Session-Token": token } : {},
        },
      }
    : undefined;

  const base = process.env.BASE_PATH || "/";
  return {
    base,
    plugins: [react(), demo ? demoAssets(base) : earlyFetch(base)],
    define: {
      "import.meta.env.VITE_DEMO": JSON.stringify(demo ? "true" : "false"),
      "import.meta.env.VITE_CODER_HOST": JSON.stringify(coderUrl ? new URL(coderUrl).host : ""),
    },
    build: {
      outDir: mode === "demo" ? "dist-demo" : "dist",
      target: "es2022",
    },
    server: { proxy },
    preview: { proxy },
    test: {
      environment: "jsdom",
      setupFiles: ["./test/setup.ts"],
      include: ["test/unit/**/*.test.{ts,tsx}", "test/integration/**/*.test.{ts,tsx}"],
      restoreMocks: true,
      testTimeout: 30000,
    },
  };
});

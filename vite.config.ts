import react from "@vitejs/plugin-react";
import type { ProxyOptions } from "vite";
import { defineConfig } from "vitest/config";

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

  return {
    base: process.env.BASE_PATH || "/",
    plugins: [react()],
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
      testTimeout: 15000,
    },
  };
});

import { fileURLToPath } from "node:url";
import { preview, type PreviewServer } from "vite";
import { startFakeCoderd, type FakeCoderd, type FakeCoderdOptions } from "../fake-coderd/server";
import { FAKE_TOKEN } from "./playwright.config";

// The production build (`npm run build`, dist/) behind its own `vite preview` and fake coderd, so a
// spec can watch exactly what reaches coderd without sharing ports with deployed.spec.ts.
// `offset` picks two ports above PORT_BASE that no other spec or web server uses (taken: 5 changes, 11 csp, 13 proxy, 15 oneTruth).

export interface ProductionServer {
  url: string;
  coderd: FakeCoderd;
  close(): Promise<void>;
}

export async function startProductionServer(
  offset: number,
  fleet: Pick<FakeCoderdOptions, "size"> = {},
): Promise<ProductionServer> {
  const base = Number(process.env.PORT_BASE ?? 4173);
  const coderd = await startFakeCoderd({ ...fleet, port: base + offset, token: FAKE_TOKEN });
  // vite.config.ts reads these when preview() loads it; this worker process is the spec's own.
  process.env.CODER_URL = `http://127.0.0.1:${base + offset}`;
  process.env.CODER_SESSION_TOKEN = FAKE_TOKEN;
  let server: PreviewServer;
  try {
    server = await preview({
      configFile: fileURLToPath(new URL("../../vite.config.ts", import.meta.url)),
      root: fileURLToPath(new URL("../..", import.meta.url)),
      logLevel: "warn",
      preview: { port: base + offset + 1, strictPort: true, host: "localhost", open: false },
    });
  } catch (error) {
    await coderd.close();
    throw error;
  }
  return {
    url: `http://localhost:${base + offset + 1}`,
    coderd,
    async close() {
      await server.close();
      await coderd.close();
    },
  };
}

import { mockBackend } from "../mocks/node";
import type { WireWorkspace } from "../mocks/wire";

/** A named fixture workspace (see VARIANTS in mocks/fleet.ts), as coderd sends it. */
export function fixture(name: string): WireWorkspace {
  const entry = mockBackend.entries().find((e) => e.workspace.name === name);
  if (!entry) throw new Error(`no fixture workspace named ${name}`);
  return { ...entry.workspace };
}

/** Every request the app sends to the mock backend during a test. */
export function recordRequests(server: typeof import("../mocks/node").server): URL[] {
  const urls: URL[] = [];
  server.events.on("request:start", ({ request }) => {
    urls.push(new URL(request.url));
  });
  return urls;
}

import { mockBackend } from "../mocks/node";
import type { Workspace } from "../src/api/types";

/** A named fixture workspace (see VARIANTS in mocks/fleet.ts). */
export function fixture(name: string): Workspace & { id: string } {
  const entry = mockBackend.entries().find((e) => e.workspace.name === name);
  const id = entry?.workspace.id;
  if (!entry || !id) throw new Error(`no fixture workspace named ${name}`);
  return { ...entry.workspace, id };
}

/** Every request the app sends to the mock backend during a test. */
export function recordRequests(server: typeof import("../mocks/node").server): URL[] {
  const urls: URL[] = [];
  server.events.on("request:start", ({ request }) => {
    urls.push(new URL(request.url));
  });
  return urls;
}

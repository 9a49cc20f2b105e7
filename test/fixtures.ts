import { mockBackend } from "../mocks/node";
import type { Workspace } from "../src/coderd/schemas";

/** A named fixture workspace (see VARIANTS in mocks/fleet.ts). */
export function fixture(name: string): Workspace & { id: string } {
  const entry = mockBackend.entries().find((e) => e.workspace.name === name);
  const id = entry?.workspace.id;
  if (!entry || !id) throw new Error(`no fixture workspace named ${name}`);
  // The fleet is typed as the wire (nulls included); tests read it as the app's optional shape.
  return { ...(entry.workspace as unknown as Workspace), id };
}

/** Every request the app sends to the mock backend during a test. */
export function recordRequests(server: typeof import("../mocks/node").server): URL[] {
  const urls: URL[] = [];
  server.events.on("request:start", ({ request }) => {
    urls.push(new URL(request.url));
  });
  return urls;
}

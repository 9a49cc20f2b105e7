import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { expect, test } from "vitest";

// vite.config.ts runs in Node, and so does every module it reaches (src/server, the list's request
// builder, the query language). Vite's native config loader, planned as its default, resolves their
// imports as Node does: by full file name. Those modules name theirs with `.js`; the rest of src/ is
// only ever bundled, and leaves the extension off.
const runtimeImport = /^\s*(?:import|export)\s+(?!type\b)[^;]*?from\s+"(\.{1,2}\/[^"]+)"/gm;

function reached(file: string, seen = new Map<string, string[]>()): Map<string, string[]> {
  if (seen.has(file)) return seen;
  const specs = [...readFileSync(file, "utf8").matchAll(runtimeImport)].map((m) => m[1] ?? "");
  seen.set(file, specs);
  for (const spec of specs) {
    reached(resolve(dirname(file), spec.replace(/\.js$/, ".ts")), seen);
  }
  return seen;
}

test("every module the Vite config reaches names its relative imports with .js", () => {
  const graph = reached(resolve(import.meta.dirname, "../../vite.config.ts"));
  const bare = [...graph].flatMap(([file, specs]) =>
    specs.filter((s) => !s.endsWith(".js")).map((s) => `${file}: ${s}`),
  );
  expect(graph.size).toBeGreaterThan(5);
  expect(bare).toEqual([]);
});

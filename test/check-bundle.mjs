// Checks a production build (dist/): it calls same-origin /api/v2 and carries no demo or mock code.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.argv[2] ?? "dist";
const files = readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) =>
  /\.(js|html|css)$/.test(f),
);
const text = files.map((f) => readFileSync(join(dir, f), "utf8")).join("\n");
const forbidden = [
  "mockServiceWorker",
  "setupWorker",
  "msw",
  "api-server",
  "ml-training",
  "demo_delay",
];
const problems = forbidden.filter((word) => text.includes(word)).map((word) => `found "${word}"`);
if (!text.includes("/api/v2")) problems.push('no reference to "/api/v2"');
if (readdirSync(dir).includes("mockServiceWorker.js"))
  problems.push("mockServiceWorker.js was emitted");
if (problems.length) {
  console.error(`Bundle check failed for ${dir}/: ${problems.join("; ")}`);
  process.exit(1);
}
console.log(
  `Bundle check passed: ${dir}/ (${files.length} files) calls /api/v2 and has no mock code.`,
);

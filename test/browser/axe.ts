import { createRequire } from "node:module";
import type { Page } from "@playwright/test";

const require = createRequire(import.meta.url);
const axePath = require.resolve("axe-core/axe.min.js");

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core in the page and returns the serious and critical violations, one line each. */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axePath });
  // Colours mid-transition (a button going from disabled to enabled as the fleet finishes loading)
  // are neither state's: scan once no CSS transition is running, and again if one started meanwhile.
  let violations: AxeViolation[] = [];
  for (let scan = 0; scan < 3; scan++) {
    await page.waitForFunction(
      () =>
        !document
          .getAnimations()
          .some((a) => a instanceof CSSTransition && a.playState === "running"),
    );
    const result = await page.evaluate(async () => {
      let moved = false;
      const onStart = () => (moved = true);
      document.addEventListener("transitionstart", onStart, true);
      const axe = (
        window as unknown as {
          axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> };
        }
      ).axe;
      const found = await axe.run(document, {
        runOnly: {
          type: "tag",
          values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"],
        },
      });
      document.removeEventListener("transitionstart", onStart, true);
      return { violations: found.violations, moved };
    });
    violations = result.violations;
    if (!result.moved) break;
  }
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${v.id} (${v.impact ?? ""}): ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
    );
}

import { setupWorker } from "msw/browser";
import { DEFAULT_CALLER, DEFAULT_FLEET_SIZE, MAX_FLEET_SIZE } from "./fleet";
import { createMockBackend, defaultDemoSettings, type DemoSettings } from "./handlers";

// Demo switches, read from the page URL once and kept for the tab (SPA navigation drops them from the
// URL): ?demo_delay=1500  ?demo_fail=list|detail|all  ?demo_fail_status=502  ?demo_size=5000
// ?demo_caller=bob (who `owner:me` is, whose favourites come first)  ?demo_reset clears them.
const STORAGE_KEY = "coder-dashboard.demo";

interface StoredDemo extends DemoSettings {
  size: number;
  caller: string;
}

function readSettings(): StoredDemo {
  const initial: StoredDemo = {
    ...defaultDemoSettings,
    size: DEFAULT_FLEET_SIZE,
    caller: DEFAULT_CALLER,
  };
  const stored: StoredDemo = { ...initial };
  try {
    Object.assign(stored, JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? "{}"));
  } catch {
    // Ignore a corrupt entry.
  }
  const url = new URL(window.location.href);
  const p = url.searchParams;
  if (p.has("demo_reset")) Object.assign(stored, initial);
  const delayMs = Number(p.get("demo_delay"));
  if (p.has("demo_delay") && Number.isFinite(delayMs)) stored.delayMs = Math.max(0, delayMs);
  const fail = p.get("demo_fail");
  if (fail === "none" || fail === "list" || fail === "detail" || fail === "all") stored.fail = fail;
  const failStatus = Number(p.get("demo_fail_status"));
  if (failStatus >= 400 && failStatus < 600) stored.failStatus = failStatus;
  const size = Number(p.get("demo_size"));
  if (p.has("demo_size") && Number.isInteger(size))
    stored.size = Math.max(0, Math.min(size, MAX_FLEET_SIZE));
  const storedCaller: unknown = stored.caller;
  if (typeof storedCaller !== "string") stored.caller = DEFAULT_CALLER;
  const caller = p.get("demo_caller");
  if (caller && /^[a-zA-Z0-9]+(-[a-zA-Z0-9]+)*$/.test(caller)) stored.caller = caller;
  sessionStorage.setItem(STORAGE_KEY, JSON.stringify(stored));
  return stored;
}

/** The switches that differ from the plain demo, in words, for the page to show. */
function describeSwitches(
  { size, delayMs, fail, failStatus, caller }: StoredDemo,
  deleted: number,
): string[] {
  const on: string[] = [];
  if (caller !== DEFAULT_CALLER) on.push(`signed in as ${caller}`);
  // The list never shows deleted workspaces, so the banner counts what the list can show.
  if (size !== DEFAULT_FLEET_SIZE) {
    const listed = (size - deleted).toLocaleString("en");
    on.push(
      deleted
        ? `${listed} workspaces (${size.toLocaleString("en")} made, ${deleted.toLocaleString("en")} of them deleted)`
        : `${listed} workspaces`,
    );
  }
  if (delayMs > 0) on.push(`every answer waits ${(delayMs / 1000).toLocaleString()} s`);
  if (fail !== "none") {
    const what = fail === "all" ? "every request" : fail === "list" ? "the list" : "the detail";
    on.push(`${what} fails (${failStatus})`);
  }
  return on;
}

/** Starts the demo backend; resolves to the demo switches that are on, in words. */
export async function startDemo(): Promise<string[]> {
  const stored = readSettings();
  const { size, caller, ...settings } = stored;
  const backend = createMockBackend({ size, caller }, settings);
  const worker = setupWorker(...backend.handlers);
  await worker.start({
    onUnhandledRequest: "bypass",
    quiet: true,
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  });
  const deleted = backend.entries().filter((e) => e.deleted).length;
  return describeSwitches(stored, deleted);
}

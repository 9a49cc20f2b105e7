import "@testing-library/jest-dom/vitest";
import { cleanup, configure } from "@testing-library/react";
import { afterAll, afterEach, beforeAll } from "vitest";
import { server } from "../mocks/node";
import { clearRequestPause } from "../src/api/transport/requestPause";
import { resetServerClock } from "../src/api/transport/serverClock";
import { setSessionToken } from "../src/api/transport/session";
import { pageLoadsSettled } from "../src/pages/preloadable";

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => {
  cleanup();
  server.resetHandlers();
  server.events.removeAllListeners();
  setSessionToken("", { remember: false });
  // A Retry-After pause and the server clock's estimate are the page's, not a test's.
  clearRequestPause();
  resetServerClock();
  // Per-browser choices (the overview folded or open) must not leak from one test to the next.
  if (typeof localStorage !== "undefined") localStorage.clear();
});
// A detail page still loading (the list preloads it) must finish before the environment is torn down.
afterAll(async () => {
  await pageLoadsSettled();
  server.close();
});

// Async queries wait up to 3 s: on a loaded 2-core machine a debounced edit plus a render can take
// longer than the default 1 s.
configure({ asyncUtilTimeout: 3000 });

// jsdom has no layout, so no scrolling: scrollIntoView is a no-op here (node-environment tests have
// no DOM at all).
if (typeof Element !== "undefined") {
  Element.prototype.scrollIntoView = function scrollIntoView() {};
}

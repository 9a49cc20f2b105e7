import { startTransition, StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { BrowserRouter } from "react-router";
import { AppProviders } from "./app/AppProviders";
import { setDemoSwitches } from "./app/demoSwitches";
import { createQueryClient } from "./app/queryClient";
import { startEarlyListLoad } from "./api/earlyList";
import { afterNextPaint } from "./api/list/afterNextPaint";
import { AppRoutes } from "./app/routes";

/** How long the first render waits for the early answer's rows. */
const EARLY_ROWS_WAIT_MS = 100;

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function boot() {
  // Statically false in production builds, so the mock code is not bundled at all.
  if (import.meta.env.VITE_DEMO === "true") {
    const { startDemo } = await import("../mocks/browser");
    setDemoSwitches(await startDemo());
  }
  const root = document.getElementById("root");
  if (!root) throw new Error("#root is missing from index.html");
  const queryClient = createQueryClient();
  const firstRows = startEarlyListLoad(queryClient);
  // index.html's top bar is painted before the long first render, not after it.
  await afterNextPaint();
  // The early answer is usually in by now: the first render then shows rows, not a skeleton that
  // a second render of the whole page replaces. A slow server gets the skeleton after a short wait.
  if (firstRows) await Promise.race([firstRows, delay(EARLY_ROWS_WAIT_MS)]);
  const reactRoot = createRoot(root);
  // The first render is the longest task of a load (MUI's styles for the whole page): as a
  // transition React renders it in slices that yield to the browser, then commits it at once.
  startTransition(() =>
    reactRoot.render(
      <StrictMode>
        <AppProviders queryClient={queryClient}>
          <BrowserRouter
            basename={import.meta.env.BASE_URL.replace(/\/$/, "") || "/"}
            // Navigations render at once: every view here renders from data already in hand.
            useTransitions={false}
          >
            <AppRoutes />
          </BrowserRouter>
        </AppProviders>
      </StrictMode>,
    ),
  );
}

void boot();

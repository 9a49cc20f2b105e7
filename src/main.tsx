import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { BrowserRouter } from "react-router";
import { AppProviders } from "./app/AppProviders";
import { setDemoSwitches } from "./app/demoSwitches";
import { createQueryClient } from "./app/queryClient";
import { startEarlyListLoad } from "./api/earlyList";
import { AppRoutes } from "./app/routes";

async function boot() {
  // Statically false in production builds, so the mock code is not bundled at all.
  if (import.meta.env.VITE_DEMO === "true") {
    const { startDemo } = await import("../mocks/browser");
    setDemoSwitches(await startDemo());
  }
  const root = document.getElementById("root");
  if (!root) throw new Error("#root is missing from index.html");
  const queryClient = createQueryClient();
  startEarlyListLoad(queryClient);
  createRoot(root).render(
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
  );
}

void boot();

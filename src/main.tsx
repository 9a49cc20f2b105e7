import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { createBrowserRouter, RouterProvider } from "react-router";
import { AppProviders } from "./app/AppProviders";
import { createQueryClient } from "./app/queryClient";
import { routes } from "./app/routes";

async function boot() {
  // Statically false in production builds, so the mock code is not bundled at all.
  if (import.meta.env.VITE_DEMO === "true") {
    const { startDemo } = await import("../mocks/browser");
    await startDemo();
  }
  const root = document.getElementById("root");
  if (!root) throw new Error("#root is missing from index.html");
  const router = createBrowserRouter(routes, {
    basename: import.meta.env.BASE_URL.replace(/\/$/, "") || "/",
  });
  createRoot(root).render(
    <StrictMode>
      <AppProviders queryClient={createQueryClient()}>
        <RouterProvider router={router} />
      </AppProviders>
    </StrictMode>,
  );
}

void boot();

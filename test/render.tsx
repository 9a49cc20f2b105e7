import { render } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useEffect, type ReactNode } from "react";
import { MemoryRouter, useLocation, type Location } from "react-router";
import { AppProviders } from "../src/app/AppProviders";
import { createQueryClient } from "../src/app/queryClient";
import { AppRoutes } from "../src/app/routes";

/** Where the app is, as tests read it: `router.state.location`. */
interface RouterProbe {
  state: { location: Pick<Location, "pathname" | "search" | "hash"> };
}

function LocationProbe({ onChange }: { onChange: (location: Location) => void }) {
  const location = useLocation();
  useEffect(() => {
    onChange(location);
  }, [onChange, location]);
  return null;
}

/** Renders `ui` (by default the whole app) at `url` with a fresh QueryClient and router. */
export function renderApp(url: string, ui: ReactNode = <AppRoutes />) {
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({
    queries: { ...queryClient.getDefaultOptions().queries, retry: false, refetchInterval: false },
  });
  const parsed = new URL(url, "http://localhost");
  const router: RouterProbe = {
    state: { location: { pathname: parsed.pathname, search: parsed.search, hash: parsed.hash } },
  };
  const user = userEvent.setup();
  const utils = render(
    <AppProviders queryClient={queryClient}>
      <MemoryRouter initialEntries={[url]}>
        <LocationProbe onChange={(location) => (router.state.location = location)} />
        {ui}
      </MemoryRouter>
    </AppProviders>,
  );
  return { ...utils, user, router, queryClient };
}

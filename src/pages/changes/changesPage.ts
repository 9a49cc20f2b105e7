import { preloadable } from "../preloadable";

/** The Changes view: loaded on first use. */
export const changesPage = preloadable(
  () => import("./ChangesPage"),
  (m) => m.ChangesPage,
);

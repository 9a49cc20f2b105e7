import { preloadable } from "../preloadable";

/** The attention view: loaded on first use. */
export const attentionPage = preloadable(
  () => import("./AttentionPage"),
  (m) => m.AttentionPage,
);

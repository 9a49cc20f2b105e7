/** The detail page's code, loaded on first use, or ahead of it once the list has rendered. */
export const loadWorkspacePage = () => import("../pages/workspace/WorkspacePage");

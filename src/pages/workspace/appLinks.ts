import { createContext } from "react";
import type { WorkspaceAgent, WorkspaceApp } from "../../coderd/schemas";
import type { AppLink } from "../../domain/coderLinks";

/** How the workspace on this page opens an app; undefined where there is no workspace to open. */
export const AppLinkContext = createContext<
  ((agent: WorkspaceAgent, app: WorkspaceApp) => AppLink) | undefined
>(undefined);

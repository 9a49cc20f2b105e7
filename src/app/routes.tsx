import { Navigate, type RouteObject } from "react-router";
import { loadWorkspacePage } from "./detailChunk";
import { Layout } from "./Layout";
import { NotFoundPage } from "./NotFoundPage";
import { RouteError } from "./RouteError";
import { WorkspacesPage } from "../pages/workspaces/WorkspacesPage";

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { index: true, element: <Navigate to="/workspaces" replace /> },
          { path: "workspaces", element: <WorkspacesPage /> },
          {
            path: "workspaces/:id",
            // Split off: the list, the page most people open first, doesn't pay for the detail.
            lazy: async () => ({
              Component: (await loadWorkspacePage()).WorkspacePage,
            }),
          },
          { path: "*", element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

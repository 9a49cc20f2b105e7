import { Navigate, type RouteObject } from "react-router";
import { Layout } from "./Layout";
import { NotFoundPage } from "./NotFoundPage";
import { RouteError } from "./RouteError";
import { WorkspacesPage } from "../pages/workspaces/WorkspacesPage";
import { WorkspacePage } from "../pages/workspace/WorkspacePage";

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
          { path: "workspaces/:id", element: <WorkspacePage /> },
          { path: "*", element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

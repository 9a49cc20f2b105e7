import { Suspense } from "react";
import { Navigate, useRoutes, type RouteObject } from "react-router";
import { Layout } from "./Layout";
import { attentionPage } from "../pages/attention/attentionPage";
import { changesPage } from "../pages/changes/changesPage";
import { workspacePage } from "../pages/workspace/detailPage";
import { NotFoundPage } from "./NotFoundPage";
import { WorkspacesPage } from "../pages/workspaces/WorkspacesPage";
import { ProgressBar } from "../components/ProgressBar";
import { DetailSkeleton } from "../pages/workspace/DetailSkeleton";

// Split off: the list, the page most people open first, doesn't pay for the detail.
const WorkspacePage = workspacePage.Component;
const AttentionPage = attentionPage.Component;
const ChangesPage = changesPage.Component;

// Declarative routes (<BrowserRouter> + useRoutes): this app loads no route data, and the data
// router would add ~17 KB gzip to the first load.
const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      { index: true, element: <Navigate to="/workspaces" replace /> },
      { path: "workspaces", element: <WorkspacesPage /> },
      {
        path: "workspaces/attention",
        element: (
          <Suspense fallback={<ProgressBar label="Loading" />}>
            <AttentionPage />
          </Suspense>
        ),
      },
      {
        path: "workspaces/changes",
        element: (
          <Suspense fallback={<ProgressBar label="Loading" />}>
            <ChangesPage />
          </Suspense>
        ),
      },
      {
        path: "workspaces/:id",
        element: (
          <Suspense fallback={<DetailSkeleton />}>
            <WorkspacePage />
          </Suspense>
        ),
      },
      { path: "*", element: <NotFoundPage /> },
    ],
  },
];

export function AppRoutes() {
  return useRoutes(routes);
}

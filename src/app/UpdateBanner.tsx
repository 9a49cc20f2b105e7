import Alert from "@mui/material/Alert";
import Button from "@mui/material/Button";
import { useEffect, useSyncExternalStore } from "react";
import {
  checkForNewVersion,
  newVersionAvailable,
  subscribeNewVersion,
  watchForNewVersion,
} from "./newVersion";
import { listWorkerFailure, subscribeListWorkerFailure } from "../api/list/offThread";

/**
 * Says when a new deployment of the dashboard is out (reload to get it), and when the list stopped
 * loading in its worker and loads on the page instead (after a redeploy the old worker chunk is gone).
 */
export function UpdateBanner() {
  const newVersion = useSyncExternalStore(subscribeNewVersion, newVersionAvailable);
  const workerFailure = useSyncExternalStore(subscribeListWorkerFailure, listWorkerFailure);

  useEffect(() => {
    // The dev server serves index.html and the code unhashed: nothing to compare there.
    if (import.meta.env.PROD) watchForNewVersion();
  }, []);
  useEffect(() => {
    if (workerFailure !== undefined) void checkForNewVersion();
  }, [workerFailure]);

  if (newVersion) {
    return (
      <Alert
        severity="info"
        role="status"
        sx={{ mb: 2 }}
        action={
          <Button color="inherit" size="small" onClick={() => window.location.reload()}>
            Reload
          </Button>
        }
      >
        A new version of the dashboard is available — Reload to use it.
        {workerFailure !== undefined
          ? " Until then the list keeps updating, loaded by this page instead of in the background."
          : null}
      </Alert>
    );
  }
  if (workerFailure !== undefined) {
    return (
      <Alert severity="info" role="status" sx={{ mb: 2 }}>
        The list now loads on this page instead of in the background ({workerFailure}). It keeps
        updating; with many workspaces the page may respond more slowly.
      </Alert>
    );
  }
  return null;
}

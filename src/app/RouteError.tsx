import Alert from "@mui/material/Alert";
import AlertTitle from "@mui/material/AlertTitle";
import Button from "@mui/material/Button";
import Stack from "@mui/material/Stack";
import { isRouteErrorResponse, Link as RouterLink, useRouteError } from "react-router";
import { errorText } from "../components/ErrorState";

/** Shown instead of a blank page when rendering throws. */
export function RouteError() {
  const error = useRouteError();
  const message = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : errorText(error);
  return (
    <Stack spacing={2} sx={{ maxWidth: 720, mx: "auto", p: 3 }}>
      <Alert severity="error" role="alert">
        <AlertTitle>This page hit an error</AlertTitle>
        {message}
      </Alert>
      <Stack direction="row" spacing={1}>
        <Button variant="contained" onClick={() => window.location.reload()}>
          Reload
        </Button>
        <Button component={RouterLink} to="/workspaces">
          Back to workspaces
        </Button>
      </Stack>
    </Stack>
  );
}

import Alert from "@mui/material/Alert";
import AlertTitle from "@mui/material/AlertTitle";
import Button from "@mui/material/Button";
import Stack from "@mui/material/Stack";
import { Component, type ErrorInfo, type ReactNode } from "react";
import { Link as RouterLink } from "react-router";
import { errorText } from "../components/ErrorState";

interface Props {
  children: ReactNode;
}

interface State {
  error: unknown;
}

/** Shows what went wrong instead of a blank page when rendering throws. Keyed by path in Layout. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: undefined };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error ?? new Error("Unknown error") };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error("Render error", error, info.componentStack);
  }

  override render() {
    if (this.state.error === undefined) return this.props.children;
    return (
      <Stack spacing={2} sx={{ maxWidth: 720, mx: "auto", p: 3 }}>
        <Alert severity="error" role="alert">
          <AlertTitle>This page hit an error</AlertTitle>
          {errorText(this.state.error)}
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
}

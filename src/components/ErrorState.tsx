import Alert from "@mui/material/Alert";
import AlertTitle from "@mui/material/AlertTitle";
import Button from "@mui/material/Button";
import { isApiError } from "../api/transport/client";
import { withoutBidiControls } from "../domain/bidi";

interface Props {
  title: string;
  error: unknown;
  onRetry?: () => void;
  retrying?: boolean;
}

/** The error's message: coderd's words, so without bidi controls (it is built into sentences). */
export function errorText(error: unknown): string {
  if (error instanceof Error) return withoutBidiControls(error.message);
  return "Something went wrong.";
}

/** The server's message, its detail and validations, and a retry. */
export function ErrorState({ title, error, onRetry, retrying = false }: Props) {
  const api = isApiError(error) ? error : undefined;
  return (
    <Alert
      severity="error"
      action={
        onRetry ? (
          <Button color="inherit" size="small" onClick={onRetry} disabled={retrying}>
            {retrying ? "Retrying…" : "Retry"}
          </Button>
        ) : undefined
      }
    >
      <AlertTitle>{title}</AlertTitle>
      {errorText(error)}
      {api?.status ? ` (HTTP ${api.status})` : null}
      {api?.detail ? (
        <details>
          <summary>Details</summary>
          <code style={{ whiteSpace: "pre-wrap", wordBreak: "break-word", unicodeBidi: "isolate" }}>
            {api.detail}
          </code>
        </details>
      ) : null}
      {api && api.validations.length > 0 ? (
        <ul style={{ margin: "4px 0 0", paddingLeft: 20 }}>
          {api.validations.map((v) => (
            <li key={`${v.field}:${v.detail}`}>
              <bdi>
                <strong>{v.field}</strong>
              </bdi>
              : <bdi>{v.detail}</bdi>
            </li>
          ))}
        </ul>
      ) : null}
    </Alert>
  );
}

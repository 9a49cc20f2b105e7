import Button from "@mui/material/Button";
import { useQueryClient } from "@tanstack/react-query";
import { lazy, Suspense, useState } from "react";
import { clearSessionToken } from "../api/transport/session";
import { loadChunk } from "../components/loadChunk";
import { useSession } from "./useSession";

// Only loaded when a server asks for sign-in; MUI's Dialog brings Modal and transitions with it.
const SignInDialog = lazy(async () => ({
  default: (await loadChunk(() => import("./SignInDialog"))).SignInDialog,
}));

/** Sign in after a 401 (the dialog opens by itself), sign out when this browser holds a token. */
export function SessionControls() {
  const session = useSession();
  const queryClient = useQueryClient();
  const [dismissed, setDismissed] = useState<string | undefined>(undefined);
  const required = session.signInRequired;
  const open = required !== undefined && dismissed !== required;

  return (
    <>
      {session.hasToken ? (
        <Button
          color="inherit"
          size="small"
          onClick={() => {
            clearSessionToken();
            // Cached data was read with the token: drop it, and ask again without.
            void queryClient.resetQueries();
          }}
        >
          Sign out
        </Button>
      ) : required !== undefined ? (
        <Button
          color="inherit"
          size="small"
          variant="outlined"
          onClick={() => setDismissed(undefined)}
        >
          Sign in
        </Button>
      ) : null}
      {required !== undefined ? (
        <Suspense fallback={null}>
          <SignInDialog open={open} reason={required} onClose={() => setDismissed(required)} />
        </Suspense>
      ) : null}
    </>
  );
}

import Button from "@mui/material/Button";
import Checkbox from "@mui/material/Checkbox";
import Dialog from "@mui/material/Dialog";
import DialogActions from "@mui/material/DialogActions";
import DialogContent from "@mui/material/DialogContent";
import DialogTitle from "@mui/material/DialogTitle";
import FormControlLabel from "@mui/material/FormControlLabel";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { setSessionToken, tokenProblem } from "../api/transport/session";

interface Props {
  open: boolean;
  /** coderd's words for why, e.g. "You are signed out or your session has expired." */
  reason: string | undefined;
  onClose: () => void;
}

/** Asks for a session token after a 401; the token stays in memory (or this tab, if asked). */
export function SignInDialog({ open, reason, onClose }: Props) {
  const queryClient = useQueryClient();
  const [token, setToken] = useState("");
  const [remember, setRemember] = useState(false);
  const [problem, setProblem] = useState<string | undefined>(undefined);

  return (
    <Dialog open={open} onClose={onClose} aria-labelledby="sign-in-title" fullWidth maxWidth="sm">
      <form
        // Never a GET submission: the token must not reach a URL.
        method="post"
        onSubmit={(e) => {
          e.preventDefault();
          const refused = tokenProblem(token);
          setProblem(refused);
          if (refused) return;
          setSessionToken(token, { remember });
          setToken("");
          void queryClient.refetchQueries({ type: "active" });
        }}
      >
        <DialogTitle id="sign-in-title">Sign in to Coder</DialogTitle>
        <DialogContent>
          {reason ? (
            <Typography sx={{ mb: 2 }} role="status">
              {reason}
            </Typography>
          ) : null}
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            Paste a session token. Create one with <code>coder tokens create</code>, or copy yours
            from Coder&apos;s web UI under Account → Tokens.
          </Typography>
          <TextField
            label="Session token"
            type="password"
            value={token}
            onChange={(e) => {
              setToken(e.target.value);
              setProblem(undefined);
            }}
            error={problem !== undefined}
            helperText={problem}
            fullWidth
            required
            slotProps={{ htmlInput: { autoComplete: "off", spellCheck: false } }}
          />
          <FormControlLabel
            control={
              <Checkbox checked={remember} onChange={(e) => setRemember(e.target.checked)} />
            }
            label="Remember in this tab"
            sx={{ mt: 1 }}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>Not now</Button>
          <Button type="submit" variant="contained" disabled={!token.trim()}>
            Sign in
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}

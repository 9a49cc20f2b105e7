import Button from "@mui/material/Button";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { Link as RouterLink, useLocation } from "react-router";
import { useDocumentTitle } from "../components/useDocumentTitle";

export function NotFoundPage() {
  const location = useLocation();
  useDocumentTitle("Page not found");
  return (
    <Stack spacing={2} sx={{ alignItems: "flex-start" }}>
      <Typography variant="h1">Page not found</Typography>
      <Typography>
        Nothing lives at <code>{location.pathname}</code>.
      </Typography>
      <Button component={RouterLink} to="/workspaces" variant="contained">
        Go to workspaces
      </Button>
    </Stack>
  );
}

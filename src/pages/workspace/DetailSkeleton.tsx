import Box from "@mui/material/Box";
import Stack from "@mui/material/Stack";
import { SKELETON_ROUNDED } from "../../components/skeleton";

// The route's Suspense fallback is in the first load's code: plain boxes, not MUI's Skeleton.
export function DetailSkeleton() {
  return (
    <Stack spacing={2} role="status" aria-busy aria-label="Loading workspace">
      <Box sx={{ ...SKELETON_ROUNDED, height: 160 }} />
      <Box sx={{ ...SKELETON_ROUNDED, height: 220 }} />
      <Box sx={{ ...SKELETON_ROUNDED, height: 320 }} />
    </Stack>
  );
}

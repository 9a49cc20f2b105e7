import Skeleton from "@mui/material/Skeleton";
import Stack from "@mui/material/Stack";

export function DetailSkeleton() {
  return (
    <Stack spacing={2} aria-busy aria-label="Loading workspace">
      <Skeleton variant="rounded" height={160} />
      <Skeleton variant="rounded" height={220} />
      <Skeleton variant="rounded" height={320} />
    </Stack>
  );
}

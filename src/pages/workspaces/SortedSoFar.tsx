import Alert from "@mui/material/Alert";
import type { LoadProgress } from "../../components/FleetProgress";
import { SORT_LABELS, type SortKey } from "../../domain/listView";

/**
 * Over a table sorted while the fleet still loads: its order covers only the rows read so far, so a
 * row that belongs on top may not have arrived. Said plainly, not in the progress line's small print.
 */
export function SortedSoFar({ sort, progress }: { sort: SortKey; progress: LoadProgress }) {
  if (progress.complete) return null;
  const loaded = progress.loaded.toLocaleString("en");
  const count = progress.count.toLocaleString("en");
  return (
    <Alert severity="info" role="status" sx={{ py: 0, mb: 1 }}>
      Sorted by {SORT_LABELS[sort]} among {loaded} of {count} read; the rest is loading.
    </Alert>
  );
}

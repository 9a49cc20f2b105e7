import Button from "@mui/material/Button";
import Skeleton from "@mui/material/Skeleton";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { memo, useState } from "react";
import { anchorId } from "./DeepLinkActions";
import { ResourceCard } from "./ResourceCard";
import { Section } from "./Section";
import type { WorkspaceResource } from "../../coderd/schemas";

interface Props {
  /** undefined while only the list's copy (which has no resources) is known. */
  resources: WorkspaceResource[] | undefined;
  workspaceStatus: string | undefined;
  jobStatus: string | undefined;
  highlighted: string;
}

// Memoised: while a new answer's resources render in the background, the urgent render skips them.
export const ResourcesSection = memo(function ResourcesSection({
  resources,
  workspaceStatus,
  jobStatus,
  highlighted,
}: Props) {
  const indexed = (resources ?? []).map((r, i) => ({ r, i }));
  const hidden = indexed.filter(({ r }) => r.hide);
  // A deep link into a hidden resource unfolds it.
  const linkedHidden = hidden.some(
    ({ r, i }) => highlighted === anchorId("resource", r.id, `${r.name ?? "resource"}-${i}`),
  );
  const [showHidden, setShowHidden] = useState(false);
  const visible = showHidden || linkedHidden ? indexed : indexed.filter(({ r }) => !r.hide);
  return (
    <Section title={resources ? `Resources (${resources.length})` : "Resources"} id="resources">
      {!resources ? (
        <Stack spacing={1} role="status" aria-busy aria-label="Loading resources">
          <Skeleton variant="rounded" height={120} />
          <Skeleton variant="rounded" height={60} />
        </Stack>
      ) : resources.length === 0 ? (
        <Typography color="text.secondary">
          {jobStatus === "succeeded"
            ? "This build has no resources."
            : "Resources appear once the build job succeeds."}
        </Typography>
      ) : (
        <Stack spacing={2}>
          {visible.map(({ r, i }) => (
            <ResourceCard
              key={r.id ?? `${r.name}-${i}`}
              resource={r}
              index={i}
              workspaceStatus={workspaceStatus}
              highlighted={highlighted}
            />
          ))}
          {hidden.length > 0 && !linkedHidden ? (
            <Button
              sx={{ alignSelf: "flex-start" }}
              onClick={() => setShowHidden((s) => !s)}
              aria-expanded={showHidden}
            >
              {showHidden ? `Hide ${hidden.length} hidden` : `Show ${hidden.length} hidden`}
            </Button>
          ) : null}
        </Stack>
      )}
    </Section>
  );
});

import Typography from "@mui/material/Typography";
import type { ReactNode } from "react";
import { Mono } from "./Section";
import type { WorkspaceApp } from "../../coderd/schemas";
import { openInLabel } from "../../domain/status";
import { safeUrl } from "../../domain/url";

/** Group, where the app points (as text, and only a safe URL), how it opens, whether it is hidden. */
export function AppDetails({ app }: { app: WorkspaceApp }) {
  const url = safeUrl(app.url);
  const lines: { key: string; node: ReactNode }[] = [];
  if (app.group)
    lines.push({
      key: "group",
      node: <>Group: {app.group}</>,
    });
  if (app.external) {
    lines.push({
      key: "url",
      node: url ? (
        <>
          External app: <Mono>{url}</Mono>
        </>
      ) : (
        "External app (its address is not a web link, so it is not shown)"
      ),
    });
  } else if (url) {
    lines.push({
      key: "url",
      node: (
        <>
          Serves <Mono>{url}</Mono>
        </>
      ),
    });
  }
  const openIn = openInLabel(app.open_in);
  if (openIn) lines.push({ key: "open", node: openIn });
  if (app.hidden) lines.push({ key: "hidden", node: "Hidden in Coder's own dashboard" });
  if (lines.length === 0) return null;
  return (
    <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: "anywhere" }}>
      {lines.map((l, i) => (
        // Each fact isolated: a server's bidi controls in one cannot reorder the next.
        <span key={l.key} style={{ unicodeBidi: "isolate" }}>
          {i > 0 ? " · " : null}
          {l.node}
        </span>
      ))}
    </Typography>
  );
}

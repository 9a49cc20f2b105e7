import LinkOutlined from "@mui/icons-material/LinkOutlined";
import Stack from "@mui/material/Stack";
import { CopyButton } from "../../components/CopyButton";

/** Copy-link (to this anchor) and copy-id buttons for a resource, agent or app. */
export function DeepLinkActions({
  anchor,
  id,
  what,
}: {
  anchor: string;
  id: string | undefined;
  what: string;
}) {
  const link = `${window.location.origin}${window.location.pathname}${window.location.search}#${anchor}`;
  return (
    <Stack direction="row" spacing={0.5}>
      <CopyButton
        text={link}
        label={`Copy link to ${what}`}
        icon={<LinkOutlined fontSize="inherit" />}
      />
      {id ? <CopyButton text={id} label={`Copy ID of ${what}`} /> : null}
    </Stack>
  );
}

export const anchorId = (
  kind: "resource" | "agent" | "app",
  id: string | undefined,
  fallback: string,
) => `${kind}-${id ?? fallback}`;

export const highlightSx = (on: boolean) =>
  on
    ? {
        outline: "3px solid",
        outlineColor: "primary.main",
        outlineOffset: 2,
        scrollMarginTop: 72,
      }
    : { scrollMarginTop: 72 };

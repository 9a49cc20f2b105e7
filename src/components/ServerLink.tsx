import Link from "@mui/material/Link";
import type { SafeUrl } from "../domain/url";

interface Props {
  /** From parseSafeUrl: http(s) only, already resolved as the browser will. */
  url: SafeUrl;
  /** The link's words; without them the link shows its full URL. */
  children?: string;
}

/**
 * A server-sent link, opened in a new tab without opener or referrer. One that leaves this origin says
 * where it goes, since its words may not (a `/\n/evil.example` path is evil.example to the browser).
 */
export function ServerLink({ url, children }: Props) {
  return (
    <Link
      href={url.href}
      target="_blank"
      rel="noopener noreferrer"
      sx={{ overflowWrap: "anywhere" }}
    >
      {children ?? url.href}
      {children !== undefined && !url.sameOrigin ? ` (${url.host})` : null}
    </Link>
  );
}

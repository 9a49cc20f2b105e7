import ChevronLeft from "@mui/icons-material/ChevronLeft";
import ChevronRight from "@mui/icons-material/ChevronRight";
import Button from "@mui/material/Button";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { RelativeTime } from "../../components/RelativeTime";
import { PAGE_SIZE } from "../../domain/listView";
import { formatDuration } from "../../domain/time";
import type { WholePolling } from "../../api/polling";
// The read was stamped by the browser's clock; relative times read the server's.
import { serverClockOffset } from "../../api/transport/serverClock";

interface Props {
  total: number;
  /** The total is the rows found so far (the rest is loading). */
  soFar?: boolean;
  page: number;
  pageCount: number;
  onPage: (page: number) => void;
  /** Rows coderd counted but did not send: ones the caller may not read. */
  unread: number;
  /** The fleet kept changing while it loaded. */
  unsettled: boolean;
  /** When the whole fleet was last read, if the rows are refreshed in parts in between. */
  wholeReadAt?: number | undefined;
  /** A fleet bigger than a page that can only be read whole: why, and how often it is. */
  wholePolling?: { why: WholePolling; intervalMs: number } | undefined;
}

/** The sentences after the total: rows coderd counted and did not send, and why that may be. */
function shortfall(unread: number, unsettled: boolean): string[] {
  const more = unread.toLocaleString();
  if (unsettled) {
    // Rows that moved while the pages were read also go missing: permissions are only one reason.
    return [
      unread > 0
        ? `The fleet changed while it loaded (coderd counts ${more} more than it sent): it is read again within a minute.`
        : "The fleet changed while it loaded: it is read again within a minute.",
    ];
  }
  return unread > 0
    ? [`coderd counts ${more} more that it did not send, most likely ones you may not read.`]
    : [];
}

/** Why the whole fleet is read at once, and how often. */
function wholePollingText({ why, intervalMs }: { why: WholePolling; intervalMs: number }): string {
  const cause =
    why === "no-paging"
      ? "This server sends the whole fleet at once (it ignores paging)"
      : "This server does not take the id: refreshes, so the whole fleet is read at once";
  return `${cause}; it is refreshed every ${formatDuration(intervalMs)}.`;
}

/** Pages shown: the first, the last, and two either side of the current one. */
function pageWindow(page: number, count: number): (number | "gap")[] {
  const pages: (number | "gap")[] = [];
  for (let p = 1; p <= count; p++) {
    if (p === 1 || p === count || Math.abs(p - page) <= 2) pages.push(p);
    else if (pages.at(-1) !== "gap") pages.push("gap");
  }
  return pages;
}

export function ListFooter({
  total,
  soFar = false,
  page,
  pageCount,
  onPage,
  unread,
  unsettled,
  wholeReadAt,
  wholePolling,
}: Props) {
  const first = (page - 1) * PAGE_SIZE + 1;
  const last = Math.min(page * PAGE_SIZE, total);
  const buttonSx = { minWidth: 36, px: 1 };
  const notes = shortfall(unread, unsettled);
  return (
    <Stack
      direction={{ xs: "column", sm: "row" }}
      sx={{ alignItems: "center", justifyContent: "space-between", gap: 1 }}
    >
      <div>
        <Typography variant="body2" color="text.secondary" role="status">
          {total === 1
            ? "1 workspace"
            : pageCount > 1
              ? `Showing ${first.toLocaleString()}–${last.toLocaleString()} of ${total.toLocaleString()} workspaces`
              : `${total.toLocaleString()} workspaces`}
          {soFar ? " found so far" : null}
          {notes.length > 0 ? `. ${notes.join(" ")}` : null}
        </Typography>
        {wholePolling ? (
          <Typography variant="caption" color="text.secondary" component="p">
            {wholePollingText(wholePolling)}
          </Typography>
        ) : null}
        {wholeReadAt ? (
          <Typography variant="caption" color="text.secondary">
            Rows on screen are refreshed every 30 s and builds in progress every 5 s; every
            workspace was read{" "}
            <RelativeTime value={new Date(wholeReadAt + serverClockOffset()).toISOString()} />.
          </Typography>
        ) : null}
      </div>
      {pageCount > 1 ? (
        <Stack
          component="nav"
          aria-label="Pages"
          direction="row"
          sx={{ gap: 0.5, flexWrap: "wrap" }}
        >
          <Button
            size="small"
            sx={buttonSx}
            disabled={page <= 1}
            onClick={() => onPage(page - 1)}
            aria-label="Go to previous page"
          >
            <ChevronLeft fontSize="small" />
          </Button>
          {pageWindow(page, pageCount).map((p, i) =>
            p === "gap" ? (
              <Typography
                key={`gap-${i}`}
                component="span"
                sx={{ alignSelf: "center", px: 0.5 }}
                aria-hidden
              >
                …
              </Typography>
            ) : (
              <Button
                key={p}
                size="small"
                sx={buttonSx}
                variant={p === page ? "contained" : "text"}
                aria-current={p === page ? "page" : undefined}
                aria-label={p === page ? `Page ${p}` : `Go to page ${p}`}
                onClick={() => onPage(p)}
              >
                {p}
              </Button>
            ),
          )}
          <Button
            size="small"
            sx={buttonSx}
            disabled={page >= pageCount}
            onClick={() => onPage(page + 1)}
            aria-label="Go to next page"
          >
            <ChevronRight fontSize="small" />
          </Button>
        </Stack>
      ) : null}
    </Stack>
  );
}

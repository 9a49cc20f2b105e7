import ChevronLeft from "@mui/icons-material/ChevronLeft";
import ChevronRight from "@mui/icons-material/ChevronRight";
import Button from "@mui/material/Button";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { RelativeTime } from "../../components/RelativeTime";
import { PAGE_SIZE } from "../../domain/listView";

interface Props {
  total: number;
  page: number;
  pageCount: number;
  onPage: (page: number) => void;
  /** Rows coderd counted but did not send: ones the caller may not read. */
  unread: number;
  /** The fleet kept changing while it loaded. */
  unsettled: boolean;
  /** When the whole fleet was last read, if the rows are refreshed in parts in between. */
  wholeReadAt?: number | undefined;
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
  page,
  pageCount,
  onPage,
  unread,
  unsettled,
  wholeReadAt,
}: Props) {
  const first = (page - 1) * PAGE_SIZE + 1;
  const last = Math.min(page * PAGE_SIZE, total);
  const buttonSx = { minWidth: 36, px: 1 };
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
          {unread > 0
            ? `. coderd counts ${unread.toLocaleString()} more that you may not read.`
            : null}
          {unsettled
            ? ". The fleet changed while it loaded: it is read again within a minute."
            : null}
        </Typography>
        {wholeReadAt ? (
          <Typography variant="caption" color="text.secondary">
            Rows on screen are refreshed every 30 s and builds in progress every 5 s; every
            workspace was read <RelativeTime value={new Date(wholeReadAt).toISOString()} />.
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

import Pagination from "@mui/material/Pagination";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { PAGE_SIZE } from "../../domain/listView";

interface Props {
  total: number;
  page: number;
  pageCount: number;
  onPage: (page: number) => void;
}

export function ListFooter({ total, page, pageCount, onPage }: Props) {
  const first = (page - 1) * PAGE_SIZE + 1;
  const last = Math.min(page * PAGE_SIZE, total);
  return (
    <Stack
      direction={{ xs: "column", sm: "row" }}
      sx={{ alignItems: "center", justifyContent: "space-between", gap: 1 }}
    >
      <Typography variant="body2" color="text.secondary" role="status">
        {total === 1
          ? "1 workspace"
          : pageCount > 1
            ? `Showing ${first}–${last} of ${total} workspaces`
            : `${total} workspaces`}
      </Typography>
      {pageCount > 1 ? (
        <Pagination
          count={pageCount}
          page={page}
          onChange={(_, p) => onPage(p)}
          color="primary"
          shape="rounded"
          siblingCount={1}
          getItemAriaLabel={(type, p, selected) =>
            type === "page"
              ? `${selected ? "Page " : "Go to page "}${p ?? ""}`
              : `Go to ${type} page`
          }
        />
      ) : null}
    </Stack>
  );
}

import CloseOutlined from "@mui/icons-material/CloseOutlined";
import Box from "@mui/material/Box";
import { setQueryTerm } from "../../domain/query/edit";
import type { ParsedQuery } from "../../domain/query/parse";

/** The query's terms as chips, each removing its key from the query. */
export function ActiveFilters({
  query,
  onChange,
}: {
  query: ParsedQuery;
  onChange: (edit: (q: string) => string) => void;
}) {
  const terms = [...query.values].map(([key, values]) => ({
    key,
    // Bare words are the name term: show them as typed in the query, `name:` being implied.
    text: `${key}:${values.filter((v) => v !== "").join(",")}`,
  }));
  if (terms.length === 0) return null;
  return (
    <Box
      component="ul"
      aria-label="Active filters"
      sx={{
        display: "flex",
        flexWrap: "wrap",
        alignItems: "center",
        gap: 0.5,
        listStyle: "none",
        p: 0,
        m: 0,
        minHeight: 40,
        "& button": {
          display: "inline-flex",
          alignItems: "center",
          gap: 0.5,
          maxWidth: 260,
          py: 0.25,
          pl: 1.25,
          pr: 0.75,
          border: 1,
          borderColor: "divider",
          borderRadius: 999,
          bgcolor: "action.hover",
          color: "text.primary",
          font: "inherit",
          fontSize: "0.8125rem",
          cursor: "pointer",
          "&:hover": { borderColor: "text.secondary" },
          "&:focus-visible": {
            outline: "2px solid",
            outlineColor: "primary.main",
            outlineOffset: 2,
          },
        },
        "& .term": { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
      }}
    >
      {terms.map((t) => (
        <li key={t.key}>
          <button
            type="button"
            aria-label={`Remove ${t.text}`}
            title={`Remove ${t.text}`}
            onClick={() => onChange((q) => setQueryTerm(q, t.key, undefined))}
          >
            <span className="term">{t.text}</span>
            <CloseOutlined aria-hidden sx={{ fontSize: 16 }} />
          </button>
        </li>
      ))}
    </Box>
  );
}

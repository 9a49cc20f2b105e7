import { CloseIcon } from "../../components/plainIcons";
import { setQueryTerm } from "../../domain/query/edit";
import type { ParsedQuery } from "../../domain/query/parse";
import "./activeFilters.css";

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
    <ul aria-label="Active filters" className="active-filters">
      {terms.map((t) => (
        <li key={t.key}>
          <button
            type="button"
            aria-label={`Remove ${t.text}`}
            title={`Remove ${t.text}`}
            onClick={() => onChange((q) => setQueryTerm(q, t.key, undefined))}
          >
            <span className="term">{t.text}</span>
            <CloseIcon />
          </button>
        </li>
      ))}
    </ul>
  );
}

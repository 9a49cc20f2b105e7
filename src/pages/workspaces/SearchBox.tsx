import SearchOutlined from "@mui/icons-material/SearchOutlined";
import InputAdornment from "@mui/material/InputAdornment";
import { useEffect, useId, useMemo, useRef, useState } from "react";
import { TextInput } from "../../components/TextInput";
import { useDraft } from "../../components/useDraft";
import { parseQuery, type QueryErrorWithHint } from "../../domain/query/parse";
import { suggestQuery } from "../../domain/query/suggest";

interface Props {
  /** The query in the URL. */
  query: string;
  onChange: (query: string) => void;
  /** What the server said about the query it was sent (a 400's validations). */
  serverErrors: readonly QueryErrorWithHint[];
  owners: readonly string[];
  templates: readonly string[];
}

function errorText(errors: readonly QueryErrorWithHint[]): string {
  return errors.map((e) => (e.hint ? `${e.detail}. ${e.hint}` : `${e.detail}.`)).join(" ");
}

/** Coder's own search syntax (`owner:bob status:running dev`): the filter's one form. */
export function SearchBox({ query, onChange, serverErrors, owners, templates }: Props) {
  const [draft, setDraft] = useDraft(query);
  // Errors of the text the user last tried to apply; the URL's own query is checked too, for links.
  const [tried, setTried] = useState<string | undefined>(undefined);
  const input = useRef<HTMLInputElement>(null);
  const listId = useId();

  // "/" focuses the search from anywhere on the page, unless the user is typing somewhere.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      const typing = target?.closest("input, textarea, select, [contenteditable='true']");
      if (e.key === "/" && !typing && !e.metaKey && !e.ctrlKey && !e.altKey) {
        e.preventDefault();
        input.current?.focus();
        input.current?.select();
      }
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);

  const checked = tried ?? query;
  const clientErrors = useMemo(() => parseQuery(checked).errors, [checked]);
  const errors = clientErrors.length ? clientErrors : tried === undefined ? serverErrors : [];
  const suggestions = useMemo(
    () => suggestQuery(draft, { owner: owners, template: templates }),
    [draft, owners, templates],
  );

  const submit = () => {
    if (parseQuery(draft).errors.length) {
      setTried(draft);
      return;
    }
    setTried(undefined);
    onChange(draft);
  };

  return (
    <form
      role="search"
      aria-label="Workspaces"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
      style={{ flex: "1 1 320px", minWidth: 0 }}
    >
      <TextInput
        inputRef={input}
        label="Search"
        fullWidth
        shrink
        value={draft}
        onChange={(e) => {
          setDraft(e.target.value);
          if (tried !== undefined) setTried(undefined);
        }}
        placeholder="owner:bob status:running healthy:false dev"
        error={errors.length > 0}
        helperText={
          errors.length ? (
            <span role="alert">{errorText(errors)}</span>
          ) : (
            "Press / to search, Enter to apply. Suggestions appear as you type."
          )
        }
        startAdornment={
          <InputAdornment position="start">
            <SearchOutlined fontSize="small" />
          </InputAdornment>
        }
        inputProps={{
          spellCheck: false,
          autoCapitalize: "off",
          autoCorrect: "off",
          autoComplete: "off",
          list: listId,
          "aria-invalid": errors.length > 0,
        }}
      />
      <datalist id={listId}>
        {suggestions.map((s) => (
          <option key={s.text} value={s.text} label={s.label} />
        ))}
      </datalist>
    </form>
  );
}

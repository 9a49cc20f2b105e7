import SearchOutlined from "@mui/icons-material/SearchOutlined";
import InputAdornment from "@mui/material/InputAdornment";
import { useEffect, useRef, useState } from "react";
import { TextInput } from "../../components/TextInput";
import { useDraft } from "../../components/useDraft";
import { filterToSearchText, parseSearchText, type WorkspaceFilter } from "../../domain/filter";

interface Props {
  filter: WorkspaceFilter;
  onChange: (filter: WorkspaceFilter) => void;
}

/** Coder's own search syntax (`owner:bob status:running dev`), in sync with the other controls. */
export function SearchBox({ filter, onChange }: Props) {
  const [draft, setDraft] = useDraft(filterToSearchText(filter));
  const [errors, setErrors] = useState<string[]>([]);
  const input = useRef<HTMLInputElement>(null);

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

  const submit = () => {
    const parsed = parseSearchText(draft);
    setErrors(parsed.errors);
    if (parsed.errors.length === 0) onChange(parsed.filter);
  };

  return (
    <form
      role="search"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
      style={{ width: "100%" }}
    >
      <TextInput
        inputRef={input}
        label="Search"
        fullWidth
        shrink
        value={draft}
        onChange={(e) => {
          setDraft(e.target.value);
          if (errors.length) setErrors([]);
        }}
        placeholder="owner:bob status:running dev"
        error={errors.length > 0}
        helperText={
          errors.length
            ? errors.join(" ")
            : "Press / to search, Enter to apply. Coder's syntax: owner:, template:, name:, status:"
        }
        startAdornment={
          <InputAdornment position="start">
            <SearchOutlined fontSize="small" />
          </InputAdornment>
        }
        inputProps={{ spellCheck: false, autoCapitalize: "off", autoCorrect: "off" }}
      />
    </form>
  );
}

import Button from "@mui/material/Button";
import FormControlLabel from "@mui/material/FormControlLabel";
import Paper from "@mui/material/Paper";
import Stack from "@mui/material/Stack";
import Switch from "@mui/material/Switch";
import NativeSelect from "@mui/material/NativeSelect";
import OutlinedInput from "@mui/material/OutlinedInput";
import FormControl from "@mui/material/FormControl";
import InputLabel from "@mui/material/InputLabel";
import { useEffect, useEffectEvent, useId } from "react";
import { SearchBox } from "./SearchBox";
import { TextInput } from "../../components/TextInput";
import { useDraft } from "../../components/useDraft";
import { isFilterEmpty, type WorkspaceFilter } from "../../domain/filter";
import { WORKSPACE_STATUSES, workspaceStatus } from "../../domain/status";

export const NAME_DEBOUNCE_MS = 300;

// Two fields a row on a phone, fixed widths from tablets up.
const FIELD_WIDTH = { width: { xs: "calc(50% - 8px)", sm: 170 } } as const;

function StatusSelect({
  value,
  onChange,
}: {
  value: string | undefined;
  onChange: (v: string | undefined) => void;
}) {
  const id = useId();
  const known = (WORKSPACE_STATUSES as readonly string[]).includes(value ?? "");
  return (
    <FormControl size="small" sx={FIELD_WIDTH}>
      <InputLabel htmlFor={id} shrink>
        Status
      </InputLabel>
      <NativeSelect
        id={id}
        value={value ?? ""}
        onChange={(e) => onChange(e.target.value || undefined)}
        input={<OutlinedInput label="Status" notched />}
      >
        <option value="">Any status</option>
        {WORKSPACE_STATUSES.map((s) => (
          <option key={s} value={s}>
            {workspaceStatus(s).label}
          </option>
        ))}
        {value && !known ? <option value={value}>{value}</option> : null}
      </NativeSelect>
    </FormControl>
  );
}

interface Props {
  filter: WorkspaceFilter;
  onChange: (filter: WorkspaceFilter, mode: "patch" | "replace") => void;
  ownerSuggestions: string[];
  templateSuggestions: string[];
}

interface SuggestFieldProps {
  label: string;
  value: string | undefined;
  suggestions: string[];
  onCommit: (value: string | undefined) => void;
}

/** Exact-match text (owner, template): applied on Enter, on leaving the field, or on picking a suggestion. */
function SuggestField({ label, value, suggestions, onCommit }: SuggestFieldProps) {
  const [draft, setDraft] = useDraft(value ?? "");
  const listId = useId();
  const commit = (text: string) => {
    const next = text.trim() || undefined;
    if (next !== value) onCommit(next);
  };
  return (
    <>
      <TextInput
        label={label}
        value={draft}
        onChange={(e) => {
          setDraft(e.target.value);
          if (suggestions.includes(e.target.value)) commit(e.target.value);
        }}
        onBlur={() => commit(draft)}
        onKeyDown={(e) => {
          if (e.key === "Enter") commit(draft);
        }}
        sx={FIELD_WIDTH}
        inputProps={{ list: listId, autoComplete: "off", spellCheck: false }}
      />
      <datalist id={listId}>
        {suggestions.map((s) => (
          <option key={s} value={s} />
        ))}
      </datalist>
    </>
  );
}

function NameField({
  value,
  onCommit,
}: {
  value: string | undefined;
  onCommit: (v: string | undefined) => void;
}) {
  const [draft, setDraft] = useDraft(value ?? "");
  // The parent's callback changes on every render; only typing should restart the debounce.
  const commit = useEffectEvent((next: string | undefined) => onCommit(next));
  useEffect(() => {
    const next = draft.trim() || undefined;
    if (next === value) return;
    const t = setTimeout(() => commit(next), NAME_DEBOUNCE_MS);
    return () => clearTimeout(t);
  }, [draft, value]);
  return (
    <TextInput
      label="Name"
      value={draft}
      onChange={(e) => setDraft(e.target.value)}
      sx={FIELD_WIDTH}
      inputProps={{ autoComplete: "off", spellCheck: false }}
    />
  );
}

export function FilterBar({ filter, onChange, ownerSuggestions, templateSuggestions }: Props) {
  const set = (patch: WorkspaceFilter) => onChange(patch, "patch");
  return (
    <Paper sx={{ p: 2 }} component="section" aria-label="Filters">
      <Stack spacing={2}>
        <SearchBox filter={filter} onChange={(next) => onChange(next, "replace")} />
        <Stack direction="row" sx={{ flexWrap: "wrap", gap: 2, alignItems: "center" }}>
          <SuggestField
            label="Owner"
            value={filter.owner}
            suggestions={ownerSuggestions}
            onCommit={(owner) => set({ owner })}
          />
          <SuggestField
            label="Template"
            value={filter.template}
            suggestions={templateSuggestions}
            onCommit={(template) => set({ template })}
          />
          <NameField value={filter.name} onCommit={(name) => set({ name })} />
          <StatusSelect value={filter.status} onChange={(status) => set({ status })} />
          <FormControlLabel
            control={
              <Switch
                checked={filter.deleted === true}
                onChange={(e) => set({ deleted: e.target.checked || undefined })}
              />
            }
            label="Deleted"
          />
          <FormControlLabel
            control={
              <Switch
                checked={filter.has_agent === true}
                onChange={(e) => set({ has_agent: e.target.checked || undefined })}
              />
            }
            label="Has agent"
          />
          <Button onClick={() => onChange({}, "replace")} disabled={isFilterEmpty(filter)}>
            Clear filters
          </Button>
        </Stack>
      </Stack>
    </Paper>
  );
}

import ExpandMoreOutlined from "@mui/icons-material/ExpandMoreOutlined";
import Button from "@mui/material/Button";
import Paper from "@mui/material/Paper";
import Stack from "@mui/material/Stack";
import NativeSelect from "@mui/material/NativeSelect";
import OutlinedInput from "@mui/material/OutlinedInput";
import FormControl from "@mui/material/FormControl";
import InputLabel from "@mui/material/InputLabel";
import Typography from "@mui/material/Typography";
import { memo, useEffect, useEffectEvent, useId, useState } from "react";
import { ActiveFilters } from "./ActiveFilters";
import { SearchBox } from "./SearchBox";
import { SearchHelp } from "./SearchHelp";
import { SwitchField } from "../../components/SwitchField";
import { TextInput } from "../../components/TextInput";
import { useDraft } from "../../components/useDraft";
import { setQueryTerm, setQueryTerms } from "../../domain/query/edit";
import {
  queryBool,
  queryList,
  queryValue,
  type ParsedQuery,
  type QueryErrorWithHint,
} from "../../domain/query/parse";
import { WORKSPACE_STATUSES, workspaceStatus } from "../../domain/status";

export const NAME_DEBOUNCE_MS = 300;

// Two fields a row on a phone, fixed widths from tablets up.
const FIELD_WIDTH = { width: { xs: "calc(50% - 8px)", sm: 170 } } as const;

interface SelectOption {
  value: string;
  label: string;
}

/** A labelled native select; a value the options don't know (typed in the search) stays shown. */
function QuerySelect({
  label,
  value,
  options,
  anyLabel,
  onChange,
}: {
  label: string;
  value: string | undefined;
  options: readonly SelectOption[];
  anyLabel: string;
  onChange: (v: string | undefined) => void;
}) {
  const id = useId();
  const known = options.some((o) => o.value === value);
  return (
    <FormControl size="small" sx={FIELD_WIDTH}>
      <InputLabel htmlFor={id} shrink>
        {label}
      </InputLabel>
      <NativeSelect
        id={id}
        value={value ?? ""}
        onChange={(e) => onChange(e.target.value || undefined)}
        input={<OutlinedInput label={label} notched />}
      >
        <option value="">{anyLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
        {value && !known ? <option value={value}>{value}</option> : null}
      </NativeSelect>
    </FormControl>
  );
}

const STATUS_OPTIONS = WORKSPACE_STATUSES.map((s) => ({
  value: s,
  label: workspaceStatus(s).label,
}));
const HEALTH_OPTIONS = [
  { value: "true", label: "Healthy" },
  { value: "false", label: "Unhealthy" },
];
// `has-agent:<status>` is today's coderd; the boolean `has_agent` is the early reference's.
const AGENT_OPTIONS = [
  { value: "has-agent:connected", label: "Connected" },
  { value: "has-agent:connecting", label: "Connecting" },
  { value: "has-agent:disconnected", label: "Disconnected" },
  { value: "has-agent:timeout", label: "Timed out" },
  { value: "has_agent:true", label: "Has any agent" },
  { value: "has_agent:false", label: "No agent" },
];

function agentChoice(query: ParsedQuery): string | undefined {
  const statuses = queryList(query, "has-agent");
  if (statuses.length) return `has-agent:${statuses.join(",")}`;
  const any = queryBool(query, "has_agent");
  return any === undefined ? undefined : `has_agent:${any}`;
}

function boolChoice(query: ParsedQuery, key: string): string | undefined {
  const value = queryBool(query, key);
  return value === undefined ? undefined : String(value);
}

interface Props {
  query: ParsedQuery;
  /** Applies an edit to the URL's latest query. */
  onChange: (edit: (q: string) => string) => void;
  serverErrors: readonly QueryErrorWithHint[];
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

/**
 * One line: the search (the whole query), the active terms as removable chips, and "More filters"
 * unfolding a control for each key. Every control edits the one query.
 */
/** Memoised: the list's data arriving (every chunk, every poll) doesn't re-render the fields. */
export const FilterBar = memo(function FilterBar({
  query,
  onChange,
  serverErrors,
  ownerSuggestions,
  templateSuggestions,
}: Props) {
  const [more, setMore] = useState(false);
  const panelId = useId();
  const set = (key: string, value: string | undefined) =>
    onChange((q) => setQueryTerm(q, key, value));
  const toggle = (key: string, on: boolean) => set(key, on ? "true" : undefined);
  const deleted = queryBool(query, "deleted") === true;
  return (
    <Paper sx={{ px: 1.5, py: 1.25 }} component="section" aria-label="Filters">
      <Stack spacing={1.5}>
        <Stack direction="row" sx={{ flexWrap: "wrap", alignItems: "flex-start", gap: 1 }}>
          <SearchBox
            query={query.text}
            onChange={(next) => onChange(() => next)}
            serverErrors={serverErrors}
            owners={ownerSuggestions}
            templates={templateSuggestions}
          />
          <Button
            variant="outlined"
            color="inherit"
            aria-expanded={more}
            aria-controls={more ? panelId : undefined}
            onClick={() => setMore((m) => !m)}
            sx={{ height: 40, borderColor: "divider", textTransform: "none", flexShrink: 0 }}
            endIcon={
              <ExpandMoreOutlined
                aria-hidden
                sx={{ transform: more ? "rotate(180deg)" : undefined }}
              />
            }
          >
            More filters
          </Button>
          <ActiveFilters query={query} onChange={onChange} />
        </Stack>
        {more ? (
          <Stack id={panelId} spacing={1.5}>
            <Stack direction="row" sx={{ flexWrap: "wrap", gap: 2, alignItems: "center", pt: 0.5 }}>
              <SuggestField
                label="Owner"
                value={queryValue(query, "owner")}
                suggestions={ownerSuggestions}
                onCommit={(owner) => set("owner", owner)}
              />
              <SuggestField
                label="Template"
                value={queryValue(query, "template")}
                suggestions={templateSuggestions}
                onCommit={(template) => set("template", template)}
              />
              <NameField value={queryValue(query, "name")} onCommit={(name) => set("name", name)} />
              <QuerySelect
                label="Status"
                anyLabel="Any status"
                value={queryValue(query, "status")}
                options={STATUS_OPTIONS}
                onChange={(status) => set("status", status)}
              />
              <QuerySelect
                label="Health"
                anyLabel="Any health"
                value={boolChoice(query, "healthy")}
                options={HEALTH_OPTIONS}
                onChange={(healthy) => set("healthy", healthy)}
              />
              <QuerySelect
                label="Agent"
                anyLabel="Any agent"
                value={agentChoice(query)}
                options={AGENT_OPTIONS}
                onChange={(choice) =>
                  onChange((q) => {
                    const cleared = setQueryTerms(q, {
                      "has-agent": undefined,
                      has_agent: undefined,
                    });
                    if (!choice) return cleared;
                    const [key = "", value] = choice.split(":");
                    return setQueryTerm(cleared, key, value);
                  })
                }
              />
              <SwitchField
                label="Outdated"
                checked={queryBool(query, "outdated") === true}
                onChange={(e) => toggle("outdated", e.target.checked)}
              />
              <SwitchField
                label="Dormant"
                checked={queryBool(query, "dormant") === true}
                onChange={(e) => toggle("dormant", e.target.checked)}
              />
              <SwitchField
                label="Deleted"
                checked={deleted}
                onChange={(e) => toggle("deleted", e.target.checked)}
              />
              <Button onClick={() => onChange(() => "")} disabled={query.text.trim() === ""}>
                Clear filters
              </Button>
            </Stack>
            <SearchHelp />
          </Stack>
        ) : null}
        {deleted ? (
          <Typography variant="body2" color="text.secondary" role="note">
            "Deleted" is the early API&apos;s parameter. A deployed coderd never lists deleted
            workspaces, so against one this shows none; open a deleted workspace from its link
            instead.
          </Typography>
        ) : null}
        {queryBool(query, "has_agent") === false ? (
          <Typography variant="body2" color="text.secondary" role="note">
            "No agent" is checked by this dashboard: a deployed coderd cannot search for it, so the
            whole list is fetched and filtered here.
          </Typography>
        ) : null}
      </Stack>
    </Paper>
  );
});

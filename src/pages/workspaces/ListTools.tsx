import FormControl from "@mui/material/FormControl";
import InputLabel from "@mui/material/InputLabel";
import NativeSelect from "@mui/material/NativeSelect";
import OutlinedInput from "@mui/material/OutlinedInput";
import Stack from "@mui/material/Stack";
import { useId, type ReactNode } from "react";
import { GROUP_KEYS, type GroupBy } from "../../domain/listView";

/** Beside the heading: group-by (in the URL, through the page) and the export control. */
export function ListTools({
  group,
  onGroup,
  children,
}: {
  group: GroupBy | undefined;
  onGroup: (group: GroupBy | undefined) => void;
  children?: ReactNode;
}) {
  const id = useId();
  return (
    <Stack direction="row" sx={{ alignItems: "center", flexWrap: "wrap", gap: 1 }}>
      <FormControl size="small" sx={{ width: 170 }}>
        <InputLabel htmlFor={id} shrink>
          Group by
        </InputLabel>
        <NativeSelect
          id={id}
          value={group ?? ""}
          onChange={(e) => {
            const v = e.target.value;
            onGroup((GROUP_KEYS as readonly string[]).includes(v) ? (v as GroupBy) : undefined);
          }}
          input={<OutlinedInput label="Group by" notched />}
        >
          <option value="">No grouping</option>
          <option value="owner">Owner</option>
          <option value="template">Template</option>
        </NativeSelect>
      </FormControl>
      {children}
    </Stack>
  );
}

import FormControl from "@mui/material/FormControl";
import FormHelperText from "@mui/material/FormHelperText";
import InputLabel from "@mui/material/InputLabel";
import OutlinedInput, { type OutlinedInputProps } from "@mui/material/OutlinedInput";
import { useId, type ReactNode } from "react";

interface Props extends Omit<OutlinedInputProps, "label" | "id"> {
  label: string;
  helperText?: ReactNode;
  /** Keep the label above the field even when it is empty (e.g. selects). */
  shrink?: boolean;
}

/**
 * A labelled outlined field. MUI's TextField would do, but it always pulls in Select, Menu and
 * Modal; the list page needs none of them.
 */
export function TextInput({
  label,
  helperText,
  shrink,
  error,
  fullWidth,
  sx,
  size = "small",
  ...input
}: Props) {
  const id = useId();
  const helperId = `${id}-helper`;
  return (
    <FormControl error={error} fullWidth={fullWidth} sx={sx} size={size}>
      <InputLabel htmlFor={id} shrink={shrink}>
        {label}
      </InputLabel>
      <OutlinedInput
        id={id}
        label={label}
        notched={shrink}
        aria-describedby={helperText ? helperId : undefined}
        {...input}
      />
      {helperText ? <FormHelperText id={helperId}>{helperText}</FormHelperText> : null}
    </FormControl>
  );
}

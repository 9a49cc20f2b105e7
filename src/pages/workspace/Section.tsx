import Paper from "@mui/material/Paper";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import type { ReactNode } from "react";

export function Section({
  title,
  id,
  actions,
  children,
}: {
  title: string;
  id: string;
  actions?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Paper component="section" aria-labelledby={`${id}-title`} sx={{ p: { xs: 2, sm: 2.5 } }}>
      <Stack
        direction="row"
        sx={{ alignItems: "center", justifyContent: "space-between", mb: 1.5, gap: 1 }}
      >
        <Typography variant="h2" id={`${id}-title`}>
          {title}
        </Typography>
        {actions}
      </Stack>
      {children}
    </Paper>
  );
}

/** A definition list laid out as a responsive grid of label/value pairs. */
export function Facts({ items }: { items: [string, ReactNode][] }) {
  return (
    <Stack
      component="dl"
      sx={{
        display: "grid",
        gridTemplateColumns: {
          xs: "minmax(110px, auto) 1fr",
          md: "repeat(2, minmax(130px, auto) 1fr)",
        },
        columnGap: 2,
        rowGap: 1,
        m: 0,
        "& dt": { color: "text.secondary", fontSize: "0.875rem" },
        "& dd": { m: 0, minWidth: 0, overflowWrap: "anywhere", fontSize: "0.875rem" },
      }}
    >
      {items.map(([label, value]) => (
        <Stack key={label} sx={{ display: "contents" }}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </Stack>
      ))}
    </Stack>
  );
}

export function Mono({ children }: { children: ReactNode }) {
  return (
    <Typography
      component="code"
      sx={{
        fontFamily: "ui-monospace, SFMono-Regular, Menlo, monospace",
        fontSize: "0.8rem",
        // Server text (types, paths, names): its bidi controls stay inside.
        unicodeBidi: "isolate",
      }}
    >
      {children}
    </Typography>
  );
}

import ContentCopyOutlined from "@mui/icons-material/ContentCopyOutlined";
import FileDownloadOutlined from "@mui/icons-material/FileDownloadOutlined";
import Button from "@mui/material/Button";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { useState } from "react";
import type { Workspace } from "../../coderd/schemas";
import { exportBaseName, exportRows, toCsv, toJson } from "../../domain/export";
import type { Thresholds } from "../../domain/timeInState";
import { useNow } from "../../components/useNow";

interface Props {
  /** The list as shown: filtered and sorted, every page. */
  workspaces: Workspace[];
  /** The list's URL search ("?…"): the file is named after its filter. */
  search: string;
  thresholds: Thresholds;
}

function download(text: string, name: string, type: string) {
  // A BOM so spreadsheet apps read UTF-8 names correctly; JSON readers skip it too badly, so CSV only.
  const blob = new Blob([type === "text/csv" ? "\ufeff" : "", text], {
    type: `${type};charset=utf-8`,
  });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Copy or download the current view as CSV or JSON; the outcome is announced. */
export function ExportControl({ workspaces, search, thresholds }: Props) {
  const baseName = exportBaseName(search);
  const [message, setMessage] = useState("");
  const n = workspaces.length;
  // The list's own clock: the durations in the file are the ones on screen, not a moment later's.
  const now = useNow();
  const appRoot = new URL(import.meta.env.BASE_URL, window.location.origin).href;
  const rows = () => exportRows(workspaces, { now, thresholds, appRoot });
  const what = `${n} workspace${n === 1 ? "" : "s"}`;

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(toCsv(rows(), { tabsAsSpaces: true }));
      setMessage(`Copied ${what} as CSV`);
    } catch {
      setMessage("Copying was blocked by the browser; use Download instead");
    }
  };

  return (
    <Stack
      role="group"
      aria-label="Export the list"
      direction="row"
      sx={{ alignItems: "center", flexWrap: "wrap", gap: 0.5 }}
    >
      <Button
        size="small"
        startIcon={<ContentCopyOutlined />}
        onClick={() => void copy()}
        disabled={n === 0}
      >
        Copy CSV
      </Button>
      <Button
        size="small"
        startIcon={<FileDownloadOutlined />}
        disabled={n === 0}
        onClick={() => {
          download(toCsv(rows()), `${baseName}.csv`, "text/csv");
          setMessage(`Downloaded ${baseName}.csv (${what})`);
        }}
      >
        Download CSV
      </Button>
      <Button
        size="small"
        startIcon={<FileDownloadOutlined />}
        disabled={n === 0}
        onClick={() => {
          download(toJson(rows()), `${baseName}.json`, "application/json");
          setMessage(`Downloaded ${baseName}.json (${what})`);
        }}
      >
        Download JSON
      </Button>
      <Typography variant="caption" color="text.secondary" role="status">
        {message}
      </Typography>
    </Stack>
  );
}

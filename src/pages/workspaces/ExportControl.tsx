import ContentCopyOutlined from "@mui/icons-material/ContentCopyOutlined";
import FileDownloadOutlined from "@mui/icons-material/FileDownloadOutlined";
import Button from "@mui/material/Button";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { useEffect, useState } from "react";
import type { Workspace } from "../../coderd/schemas";
import type { Thresholds } from "../../domain/timeInState";
import { useNow } from "../../components/useNow";

// The file builders load once there is something whole to export, not with the list's first rows.
const loadExport = () => import("../../domain/export");
const NOT_LOADED = "The export could not be loaded (a new version may be out); try again";

interface Props {
  /** The list as shown: filtered and sorted, every page; undefined while it is still loading. */
  workspaces: Workspace[] | undefined;
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

/**
 * Copy or download the current view as CSV or JSON; the outcome is announced. The buttons are there
 * from the start, disabled until the whole list has loaded (the progress line says export waits for
 * all), so nothing around them moves when they can be used.
 */
export function ExportControl({ workspaces, search, thresholds }: Props) {
  const [message, setMessage] = useState("");
  const ready = workspaces !== undefined;
  const n = workspaces?.length ?? 0;
  // The list's own clock: the durations in the file are the ones on screen, not a moment later's.
  const now = useNow();
  const what = `${n} workspace${n === 1 ? "" : "s"}`;
  useEffect(() => {
    if (ready) void loadExport();
  }, [ready]);

  const build = async () => {
    const file = await loadExport();
    const appRoot = new URL(import.meta.env.BASE_URL, window.location.origin).href;
    return {
      file,
      baseName: file.exportBaseName(search),
      rows: file.exportRows(workspaces ?? [], { now, thresholds, appRoot }),
    };
  };

  const copy = async () => {
    const built = await build().catch(() => undefined);
    if (!built) return setMessage(NOT_LOADED);
    try {
      await navigator.clipboard.writeText(built.file.toCsv(built.rows, { tabsAsSpaces: true }));
      setMessage(`Copied ${what} as CSV`);
    } catch {
      setMessage("Copying was blocked by the browser; use Download instead");
    }
  };
  const save = async (kind: "csv" | "json") => {
    const built = await build().catch(() => undefined);
    if (!built) return setMessage(NOT_LOADED);
    const { file, baseName, rows } = built;
    if (kind === "csv") download(file.toCsv(rows), `${baseName}.csv`, "text/csv");
    else download(file.toJson(rows), `${baseName}.json`, "application/json");
    setMessage(`Downloaded ${baseName}.${kind} (${what})`);
  };
  const disabled = !ready || n === 0;

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
        disabled={disabled}
      >
        Copy CSV
      </Button>
      <Button
        size="small"
        startIcon={<FileDownloadOutlined />}
        disabled={disabled}
        onClick={() => void save("csv")}
      >
        Download CSV
      </Button>
      <Button
        size="small"
        startIcon={<FileDownloadOutlined />}
        disabled={disabled}
        onClick={() => void save("json")}
      >
        Download JSON
      </Button>
      <Typography variant="caption" color="text.secondary" role="status">
        {message}
      </Typography>
    </Stack>
  );
}

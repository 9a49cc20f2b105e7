import "./progressBar.css";

/** An indeterminate progress line; MUI's LinearProgress does more than this needs. */
export function ProgressBar({ label, overlay = false }: { label: string; overlay?: boolean }) {
  return (
    <div
      role="progressbar"
      aria-label={label}
      className={overlay ? "progress-line overlay" : "progress-line"}
    >
      <span />
    </div>
  );
}

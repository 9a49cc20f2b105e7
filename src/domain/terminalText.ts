// ANSI escape sequences (CSI, OSC, and single-character escapes) and other C0/C1 controls except tab and
// newline. Provisioner errors often carry colour codes; shown raw, they are noise or worse.
const ANSI =
  // eslint-disable-next-line no-control-regex
  /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)|\u001b[@-Z\\-_]|\u009b[0-?]*[ -/]*[@-~]/g;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** Plain text safe to show in a <pre>: escapes removed, CRLF folded, other controls dropped. */
export function toPlainText(text: string): string {
  return text.replace(ANSI, "").replace(/\r\n?/g, "\n").replace(CONTROL, "");
}

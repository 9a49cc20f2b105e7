// Small rules of English the pages share, so a count never reads "1 credits" and a sentence that
// already ends ("Retrying…") doesn't get a second full stop.

/** "1 credit", "3 credits", "3,000 workspaces". */
export function countOf(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString("en")} ${n === 1 ? one : many}`;
}

/** The text with a full stop, unless it already ends a sentence ("…", "?", "!", "."). */
export function endSentence(text: string): string {
  const t = text.trimEnd();
  return /[.…!?]$/.test(t) ? t : `${t}.`;
}

/** A first line with more text behind it: an ellipsis says so, unless the line ends a sentence. */
export function continued(line: string): string {
  const t = line.trimEnd();
  return /[.…!?:]$/.test(t) || t === "" ? t : `${t}…`;
}

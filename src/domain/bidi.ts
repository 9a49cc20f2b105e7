// Server text may carry bidi controls: an unterminated RIGHT-TO-LEFT OVERRIDE in a name reverses
// whatever follows it on the line ("eve‮ · aws-linux" reads "evexunil-swa ·"). On the page every
// server string is isolated (`<bdi>`, or `unicode-bidi: isolate` on the shared text components);
// where text becomes a plain string (the tab title, words built around a name) the controls go.

/** Embeddings, overrides, isolates, their terminators, and the LRM, RLM and ALM marks. */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;

export function withoutBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, "");
}

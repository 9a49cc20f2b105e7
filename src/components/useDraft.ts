import { useState } from "react";

/**
 * Local text for an input bound to a value that lives elsewhere (the URL): the user edits the draft,
 * and when the outside value changes (back/forward, another control) the draft follows it.
 */
export function useDraft(value: string): [string, (draft: string) => void] {
  const [draft, setDraft] = useState(value);
  const [source, setSource] = useState(value);
  if (value !== source) {
    setSource(value);
    setDraft(value);
  }
  return [draft, setDraft];
}

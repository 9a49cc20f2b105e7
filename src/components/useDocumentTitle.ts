import { useEffect } from "react";
import { withoutBidiControls } from "../domain/bidi";

// The page names the title; the count of new problems, when there are any, goes in front of it
// ("(3) Workspaces · Coder dashboard"), so a tab in the background says something broke.
let pageTitle = "Workspaces";
let count = 0;

function apply() {
  const prefix = count > 0 ? `(${count.toLocaleString("en")}) ` : "";
  document.title = `${prefix}${pageTitle} · Coder dashboard`;
}

export function useDocumentTitle(title: string) {
  useEffect(() => {
    // A title cannot isolate a server's name: its bidi controls go instead.
    pageTitle = withoutBidiControls(title);
    apply();
  }, [title]);
}

/** The number of new problems the title carries; 0 takes it away. */
export function setTitleCount(n: number) {
  if (n === count) return;
  count = n;
  apply();
}

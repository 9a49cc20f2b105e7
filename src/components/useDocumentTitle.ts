import { useEffect } from "react";
import { withoutBidiControls } from "../domain/bidi";

export function useDocumentTitle(title: string) {
  useEffect(() => {
    // A title cannot isolate a server's name: its bidi controls go instead.
    document.title = `${withoutBidiControls(title)} · Coder dashboard`;
  }, [title]);
}

// Coming back to the list from a workspace (its back link, the browser's Back, the top bar) puts
// keyboard focus on the row that was opened, not at the top of the page.
let opened: string | undefined;

export function rememberOpenedWorkspace(id: string): void {
  opened = id;
}

/** Focuses the opened workspace's link if it is on screen; once. */
export function returnFocusToOpenedRow(container: HTMLElement | null): void {
  if (!opened || !container) return;
  const link = container.querySelector<HTMLElement>(`a[data-workspace-id="${CSS.escape(opened)}"]`);
  if (!link) return;
  opened = undefined;
  link.focus({ preventScroll: false });
  link.scrollIntoView({ block: "center" });
}

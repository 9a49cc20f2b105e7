import { screen } from "@testing-library/react";

// Queries Testing Library has no role for. They live here, outside the testing-library lint scope,
// because they must read the DOM directly.

/** The <dd> shown for a <dt> label in a facts list. */
export function factValue(label: string): HTMLElement {
  const term = screen.getByText(label, { selector: "dt" });
  const value = term.nextElementSibling;
  if (!(value instanceof HTMLElement)) throw new Error(`no value for ${label}`);
  return value;
}

/** Links and images whose URL a server could use to run script: there must be none. */
export function unsafeUrlElements(root: ParentNode = document): Element[] {
  return [
    ...root.querySelectorAll(
      "a[href^='javascript' i], a[href^='data' i], img[src^='javascript' i], img[src^='data' i], a[href^='//'], img[src^='//']",
    ),
  ];
}

/** The element a deep link (#anchor) points at. */
export function anchorTarget(id: string): HTMLElement | null {
  return document.getElementById(id);
}

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

/**
 * Whether `el`'s text is bidi-isolated from what surrounds it: `el` or an ancestor inside its block
 * is a <bdi> or has `unicode-bidi: isolate` inline.
 */
export function isBidiIsolated(el: Element): boolean {
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (node.tagName === "BDI") return true;
    if (node instanceof HTMLElement && node.style.unicodeBidi === "isolate") return true;
    if (
      node instanceof HTMLElement &&
      ["DIV", "TD", "LI", "P", "H1", "H2"].includes(node.tagName)
    ) {
      return false;
    }
  }
  return false;
}

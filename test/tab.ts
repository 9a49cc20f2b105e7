// The browser tab around the page, as index.html sets it up: its icon, which tests read.

/** index.html's icon link, added once per test document. */
export function addTabIcon(): void {
  if (document.querySelector('link[rel~="icon"]')) return;
  const icon = document.createElement("link");
  icon.rel = "icon";
  icon.type = "image/svg+xml";
  icon.href = "/favicon.svg";
  document.head.append(icon);
}

/** The tab icon's href as the page left it. */
export function tabIconHref(): string {
  return document.querySelector('link[rel~="icon"]')?.getAttribute("href") ?? "";
}

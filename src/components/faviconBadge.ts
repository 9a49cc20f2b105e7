// The tab's icon with the number of new problems on it: public/favicon.svg drawn again with a red
// badge, as an SVG data: URL (the Content Security Policy's img-src allows data:). An icon drawn
// from a data: SVG loads nothing else, so the base icon is repeated here rather than referenced.
const BASE_ICON =
  '<rect width="32" height="32" rx="7" fill="#1f2937"/>' +
  '<path d="M9 11l6 5-6 5M17 22h7" stroke="#60a5fa" stroke-width="2.5" fill="none" stroke-linecap="round" stroke-linejoin="round"/>';

/** The badge's text: up to two digits, then "99+" would not fit; "9+" keeps it legible at 16 px. */
export function badgeText(n: number): string {
  return n > 9 ? "9+" : String(n);
}

export function badgedIconUrl(n: number): string {
  const text = badgeText(n);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">${BASE_ICON}` +
    `<circle cx="22" cy="10" r="10" fill="#dc2626" stroke="#fff" stroke-width="1.5"/>` +
    `<text x="22" y="14.5" text-anchor="middle" font-family="Arial,Helvetica,sans-serif" font-weight="700" font-size="${text.length > 1 ? 11 : 13}" fill="#fff">${text}</text></svg>`;
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}

/** Puts the count on the tab's icon, or (0) gives the icon back. */
export function setFaviconCount(n: number) {
  const link = document.querySelector<HTMLLinkElement>('link[rel~="icon"]');
  if (!link) return;
  link.dataset.plainHref ??= link.getAttribute("href") ?? "";
  const href = n > 0 ? badgedIconUrl(n) : link.dataset.plainHref;
  if (href && link.getAttribute("href") !== href) link.setAttribute("href", href);
}

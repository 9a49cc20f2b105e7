// What is kept of an error answer. A server (or a proxy in front of it) may send megabytes of HTML
// with its 5xx: only the first ERROR_BODY_CAP bytes are read, the rest of the stream is cancelled,
// and nothing is parsed before the cap applies. The scan that keeps an HTML page's words is linear.

/** How much of an error body is read: coderd's JSON errors are far smaller. */
export const ERROR_BODY_CAP = 64 * 1024;

/** How many characters of an HTML page's text an error keeps. */
export const SNIPPET_LENGTH = 300;

/** The first `cap` bytes of the body as text (UTF-8); the rest is cancelled, never downloaded. */
export async function readCappedText(res: Response, cap = ERROR_BODY_CAP): Promise<string> {
  const body = res.body;
  if (!body) return (await res.text()).slice(0, cap);
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let text = "";
  let read = 0;
  try {
    while (read < cap) {
      const { done, value } = await reader.read();
      if (done) break;
      const chunk = value.byteLength > cap - read ? value.subarray(0, cap - read) : value;
      read += chunk.byteLength;
      text += decoder.decode(chunk, { stream: true });
    }
    // Cut at the cap, a character's first bytes are dropped rather than shown as U+FFFD.
    if (read < cap) text += decoder.decode();
  } finally {
    if (read >= cap) reader.cancel().catch(() => undefined);
    else reader.releaseLock();
  }
  return text;
}

const SKIPPED_ELEMENTS = ["script", "style"];

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 160;
}

/**
 * The words of an HTML page (a proxy's error page), briefly: tags dropped, script and style contents
 * dropped, whitespace collapsed. One pass, and it stops once it has `max` characters: every search
 * starts where the last one ended, so unclosed tags cost no more than closed ones.
 */
export function htmlTextSnippet(html: string, max = SNIPPET_LENGTH): string | undefined {
  // ASCII only, so every index still points at the same character in `html`.
  const lower = html.replace(/[A-Z]+/g, (s) => s.toLowerCase());
  let out = "";
  let pendingSpace = false;
  let i = 0;
  const n = html.length;
  while (i < n && out.length < max) {
    const c = html.charCodeAt(i);
    if (c === 60 /* < */) {
      const skipped = SKIPPED_ELEMENTS.find(
        (name) =>
          lower.startsWith(name, i + 1) && !/[a-z0-9-]/.test(lower.charAt(i + 1 + name.length)),
      );
      if (skipped) {
        const close = lower.indexOf(`</${skipped}`, i + 1 + skipped.length);
        if (close < 0) break;
        const end = lower.indexOf(">", close);
        if (end < 0) break;
        i = end + 1;
      } else {
        const end = html.indexOf(">", i + 1);
        if (end < 0) break;
        i = end + 1;
      }
      pendingSpace = true;
      continue;
    }
    if (isSpace(c)) {
      pendingSpace = true;
    } else {
      if (pendingSpace && out.length > 0) out += " ";
      pendingSpace = false;
      out += html.charAt(i);
    }
    i += 1;
  }
  const text = out.slice(0, max).trimEnd();
  return text || undefined;
}

import { describe, expect, test } from "vitest";
import { fragmentId, parseSafeUrl, safeIconUrl, safeUrl } from "../../src/domain/url";

// Every URL is judged as the browser will resolve it against the page's base URL.
const BASE = "https://coder.example.com/dashboard/workspaces/abc";

describe("parseSafeUrl: what the browser would do with a server-sent URL", () => {
  test.each<
    [
      string,
      string | null | undefined,
      { href: string; sameOrigin: boolean; host: string } | undefined,
    ]
  >([
    // Allowed: http(s), resolved to absolute.
    [
      "https",
      "https://example.com/icon.svg",
      { href: "https://example.com/icon.svg", sameOrigin: false, host: "example.com" },
    ],
    [
      "http",
      "http://example.com/a",
      { href: "http://example.com/a", sameOrigin: false, host: "example.com" },
    ],
    [
      "same-origin path",
      "/icon/docker.svg",
      {
        href: "https://coder.example.com/icon/docker.svg",
        sameOrigin: true,
        host: "coder.example.com",
      },
    ],
    [
      "relative path",
      "help",
      {
        href: "https://coder.example.com/dashboard/workspaces/help",
        sameOrigin: true,
        host: "coder.example.com",
      },
    ],
    [
      "same origin, absolute",
      "https://coder.example.com/docs",
      { href: "https://coder.example.com/docs", sameOrigin: true, host: "coder.example.com" },
    ],
    [
      "mixed case scheme and host",
      "HTTPS://EXAMPLE.COM/A",
      { href: "https://example.com/A", sameOrigin: false, host: "example.com" },
    ],
    [
      "surrounding whitespace",
      "  /icon/a.svg \n",
      { href: "https://coder.example.com/icon/a.svg", sameOrigin: true, host: "coder.example.com" },
    ],
    // Looks same-origin, is not: the browser reads each of these as another host.
    [
      "protocol-relative",
      "//evil.example/x.svg",
      { href: "https://evil.example/x.svg", sameOrigin: false, host: "evil.example" },
    ],
    [
      "slash-backslash",
      "/\\evil.example",
      { href: "https://evil.example/", sameOrigin: false, host: "evil.example" },
    ],
    [
      "double backslash",
      "\\\\evil.example",
      { href: "https://evil.example/", sameOrigin: false, host: "evil.example" },
    ],
    [
      "newline between slashes",
      "/\n/evil.example/help",
      { href: "https://evil.example/help", sameOrigin: false, host: "evil.example" },
    ],
    [
      "tab between slashes",
      "/\t/evil.example",
      { href: "https://evil.example/", sameOrigin: false, host: "evil.example" },
    ],
    [
      "other port",
      "https://coder.example.com:8443/x",
      {
        href: "https://coder.example.com:8443/x",
        sameOrigin: false,
        host: "coder.example.com:8443",
      },
    ],
    [
      "other scheme",
      "http://coder.example.com/x",
      { href: "http://coder.example.com/x", sameOrigin: false, host: "coder.example.com" },
    ],
    // An IDN look-alike shows in its xn-- form.
    [
      "IDN look-alike",
      "https://\u0435xample.com/",
      { href: "https://xn--xample-2of.com/", sameOrigin: false, host: "xn--xample-2of.com" },
    ],
    // Refused.
    ["javascript:", "javascript:alert(1)", undefined],
    ["javascript: mixed case, leading space", " JaVaScRiPt:alert(1)", undefined],
    ["javascript: split by a newline", "java\nscript:alert(1)", undefined],
    ["javascript: split by a tab", "java\tscript:alert(1)", undefined],
    ["javascript: after a control character", "\u0001javascript:alert(1)", undefined],
    ["data:", "data:image/svg+xml,<svg onload=alert(1)>", undefined],
    ["vbscript:", "vbscript:x", undefined],
    ["file:", "file:///etc/passwd", undefined],
    ["blob:", "blob:https://coder.example.com/1234", undefined],
    ["credentials", "https://coder.example.com@evil.example/", undefined],
    ["unparsable", "http://[::1", undefined],
    ["empty", "", undefined],
    ["whitespace only", " \t\n", undefined],
    ["null", null, undefined],
    ["undefined", undefined, undefined],
  ])("%s", (_name, input, expected) => {
    expect(parseSafeUrl(input, BASE)).toEqual(expected);
  });

  test("defaults to the document's base URL", () => {
    const origin = new URL(document.baseURI).origin;
    expect(parseSafeUrl("/icon/x.svg")).toEqual({
      href: `${origin}/icon/x.svg`,
      sameOrigin: true,
      host: new URL(origin).host,
    });
    expect(parseSafeUrl("/\n/evil.example/help")?.sameOrigin).toBe(false);
    expect(safeUrl("javascript:alert(1)")).toBeUndefined();
    expect(safeIconUrl("data:image/png;base64,AAAA")).toBeUndefined();
    expect(safeIconUrl("https://cdn.example.com/i.svg")).toBe("https://cdn.example.com/i.svg");
  });
});

describe("fragmentId", () => {
  test.each([
    ["", ""],
    ["#", ""],
    ["#agent-1", "agent-1"],
    ["#app-%C3%A9t%C3%A9", "app-été"],
    ["#%E0%A4%A", ""],
    ["#%", ""],
    ["#%ZZ", ""],
  ])("%j -> %j", (hash, expected) => {
    expect(fragmentId(hash)).toBe(expected);
  });
});

// @vitest-environment node
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { scriptHash } from "../../src/server/csp";
import { earlyFetchScript } from "../../src/server/earlyFetchScript";
import { injectEarlyFetch, productionPolicy } from "../../src/server/indexHtml";
import { productionHeaders } from "../../src/server/securityHeaders";

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), "utf8");

describe("the production Content Security Policy", () => {
  test("README's nginx header is the build's <meta> policy plus frame-ancestors", () => {
    // README's example builds with BASE_PATH=/dashboard/; the inline script (and its hash) embeds it.
    const readme = read("README.md");
    expect(readme).toContain("BASE_PATH=/dashboard/ npm run build");
    const header = /add_header Content-Security-Policy "([^"]+)" always;/.exec(readme)?.[1];
    expect(header).toBe(productionPolicy("/dashboard/", { header: true }));
    expect(productionPolicy("/dashboard/", { header: true })).toBe(
      `${productionPolicy("/dashboard/")}; frame-ancestors 'none'`,
    );
  });

  test("README's nginx example sends exactly the headers `vite preview` sends", () => {
    const readme = read("README.md");
    const sent: Record<string, string> = {};
    for (const [, name = "", value = ""] of readme.matchAll(
      /add_header ([A-Za-z-]+) "([^"]+)" always;/g,
    )) {
      sent[name] = value;
    }
    expect(sent).toEqual(productionHeaders("/dashboard/"));
  });

  test("index.html gets the <meta> policy before the one inline script it allows, after <meta charset>", () => {
    const html = injectEarlyFetch(read("index.html"), "/", { csp: true });
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)" \/>/.exec(html);
    const script = /<script>([^<]+)<\/script>/.exec(html);
    if (!meta?.[1] || !script?.[1]) throw new Error("policy or script missing");
    expect(meta[1]).toBe(productionPolicy("/"));
    expect(script[1]).toBe(earlyFetchScript("/"));
    expect(meta[1]).toContain(`script-src 'self' ${scriptHash(script[1])};`);
    expect(html.indexOf("<meta charset")).toBeLessThan(meta.index);
    expect(meta.index).toBeLessThan(script.index);
    expect(html.indexOf("<meta charset")).toBeLessThan(1024);
    expect(meta[1]).not.toContain("unsafe-eval");
    expect(meta[1]).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  });

  test("dev and demo pages carry no policy (MSW's worker and Vite's inline HMR need none)", () => {
    expect(injectEarlyFetch(read("index.html"), "/", { csp: false })).not.toContain(
      "Content-Security-Policy",
    );
  });

  test("the hash is sha256 over the exact text", () => {
    // echo -n 'alert(1)' | openssl dgst -sha256 -binary | base64
    expect(scriptHash("alert(1)")).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
  });
});

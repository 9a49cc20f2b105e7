import { http, HttpResponse } from "msw";
import { describe, expect, test } from "vitest";
import { server } from "../../mocks/node";
import { ApiError } from "../../src/api/transport/client";
import {
  ERROR_BODY_CAP,
  htmlTextSnippet,
  readCappedText,
  SNIPPET_LENGTH,
} from "../../src/api/transport/errorBody";
import { getWorkspaces } from "../../src/api/workspaces";

const MB = 1024 * 1024;
const encoder = new TextEncoder();

/** A body of `total` bytes served in 16 KiB chunks, counting what the reader pulled. */
function countingBody(total: number, text = "<script>x") {
  const chunk = encoder.encode(text.repeat(Math.ceil((16 * 1024) / text.length)));
  const seen = { pulled: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (seen.pulled >= total) return controller.close();
      seen.pulled += chunk.byteLength;
      controller.enqueue(chunk);
    },
    cancel() {
      seen.cancelled = true;
    },
  });
  return { response: new Response(stream, { status: 500 }), seen };
}

/** 5 MB of unclosed `<script>` tags: what froze the tab for seconds per failed request. */
const pathological = "<script>".repeat((5 * MB) / 8);

describe("an error body is capped before anything reads it", () => {
  test("a 5 MB body: 64 KiB is read, the rest of the stream is cancelled, never pulled", async () => {
    const { response, seen } = countingBody(5 * MB);
    const text = await readCappedText(response);
    expect(text.length).toBe(ERROR_BODY_CAP);
    expect(seen.cancelled).toBe(true);
    // The stream's own read-ahead may pull a chunk or two beyond the cap, never the whole body.
    expect(seen.pulled).toBeLessThan(ERROR_BODY_CAP + 4 * 16 * 1024);
  });

  test("a small body is read whole and not cut in a multi-byte character", async () => {
    const { response, seen } = countingBody(40 * 1024, "é<b>ü</b>");
    const text = await readCappedText(response);
    expect(seen.cancelled).toBe(false);
    expect(text).not.toContain("\ufffd");
    expect(encoder.encode(text).byteLength).toBe(seen.pulled);
  });

  test("a cap inside a multi-byte character drops only that character", async () => {
    const text = await readCappedText(new Response("aé"), 2);
    expect(text).toBe("a");
  });
});

describe("an HTML error page's words", () => {
  test("tags, scripts and styles dropped, whitespace collapsed, at most 300 characters", () => {
    expect(
      htmlTextSnippet(
        "<html><head><STYLE>p{}</STYLE><script src=x>var a = '<p>';</Script></head>\n" +
          "<body><h1>502   Bad\tGateway</h1><scripts>kept</scripts> nginx</body></html>",
      ),
    ).toBe("502 Bad Gateway kept nginx");
    expect(htmlTextSnippet("<p>" + "word ".repeat(200))).toBe("word ".repeat(60).trim());
    expect(htmlTextSnippet("<html><script>only a script")).toBeUndefined();
    expect(htmlTextSnippet("")).toBeUndefined();
    // Lower-casing İ would make two characters of one: positions must still line up.
    expect(htmlTextSnippet("İİ<b>x</b><script>y</script>z")).toBe("İİ x z");
  });

  test("pathological pages take one pass: unclosed scripts, unclosed tags, endless tags", () => {
    const bodies = [
      pathological,
      "a" + "<".repeat(5 * MB),
      "<b>x</b>".repeat((5 * MB) / 8),
      "<style>".repeat((5 * MB) / 7),
    ];
    const started = performance.now();
    const snippets = bodies.map((b) => htmlTextSnippet(b));
    // The old regex needed minutes for one of these; a linear scan needs milliseconds. The bound is
    // loose on purpose (a busy machine), and still far below what a backtracking scan would take.
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(snippets).toEqual([undefined, "a", "x ".repeat(SNIPPET_LENGTH / 2).trim(), undefined]);
  });

  test("through the client: a 5 MB HTML 500 becomes a short error with the page's words", async () => {
    server.use(
      http.get(
        "*/api/v2/workspaces",
        () =>
          new HttpResponse(`<h1>Internal Server Error</h1>${pathological}`, {
            status: 500,
            statusText: "Internal Server Error",
            headers: { "Content-Type": "text/html" },
          }),
      ),
    );
    const error: unknown = await getWorkspaces("").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 500,
      message: "The server answered 500 Internal Server Error.",
      detail: "Internal Server Error",
    });
  });
});

import { describe, expect, test } from "vitest";
import { readIfSmall } from "../../src/api/transport/smallBody";

/** A response whose body arrives in `chunks` of `size` bytes each. */
function streamed(chunks: number, size: number): Response {
  let sent = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent === chunks) return controller.close();
      controller.enqueue(new Uint8Array(size).fill(48 + (sent % 10)));
      sent++;
    },
  });
  return new Response(body, { status: 200, headers: { "x-test": "kept" } });
}

describe("readIfSmall", () => {
  test("an answer under the cap is read whole, its head kept", async () => {
    const read = await readIfSmall(Response.json({ workspaces: [], count: 0 }), undefined);
    expect(read?.small).toBe(true);
    expect(await read?.res.json()).toEqual({ workspaces: [], count: 0 });
  });

  test("past the cap, nothing read is lost: the body replays what was read, then the rest", async () => {
    const read = await readIfSmall(streamed(5, 1000), undefined, 2500);
    expect(read?.small).toBe(false);
    expect(read?.res.headers.get("x-test")).toBe("kept");
    const text = (await read?.res.text()) ?? "";
    expect(text).toHaveLength(5000);
    expect(text.slice(0, 1000)).toBe("0".repeat(1000));
    expect(text.slice(4000)).toBe("4".repeat(1000));
  });

  test("an abort while reading gives nothing back", async () => {
    const controller = new AbortController();
    const hanging = new Response(
      new ReadableStream<Uint8Array>({ pull: () => new Promise(() => {}) }),
    );
    const read = readIfSmall(hanging, controller.signal);
    controller.abort();
    expect(await read).toBeUndefined();
  });
});

// The early list answer is usually one screen of rows (a few hundred kilobytes at most): read on the
// page, it is on screen without waiting for the list worker to start. A server that ignores `limit`
// sends the whole fleet instead; past the cap the body goes to the worker, nothing of it lost.

/** How much of an answer is read on the page before the rest is left to the worker. */
export const PAGE_READ_CAP = 512 * 1024;

/**
 * `res` with its body read whole when it is at most `cap` bytes (`small: true`), else a response with
 * the same head whose body replays what was read and streams the rest (`small: false`). Undefined
 * when `signal` aborts first (the body is then cancelled).
 */
export async function readIfSmall(
  res: Response,
  signal: AbortSignal | undefined,
  cap = PAGE_READ_CAP,
): Promise<{ small: boolean; res: Response } | undefined> {
  const body = res.body;
  if (!body) return { small: false, res };
  const head = { status: res.status, statusText: res.statusText, headers: res.headers };
  const reader = body.getReader();
  const cancel = () => void reader.cancel(signal?.reason).catch(() => undefined);
  if (signal?.aborted) cancel();
  signal?.addEventListener("abort", cancel, { once: true });
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader
      .read()
      .catch((): ReadableStreamReadDoneResult<Uint8Array> => ({ done: true, value: undefined }));
    if (signal?.aborted) return undefined;
    if (done) {
      signal?.removeEventListener("abort", cancel);
      const whole = new Uint8Array(size);
      let at = 0;
      for (const chunk of chunks) {
        whole.set(chunk, at);
        at += chunk.byteLength;
      }
      return { small: true, res: new Response(whole, head) };
    }
    chunks.push(value);
    size += value.byteLength;
    if (size > cap) break;
  }
  signal?.removeEventListener("abort", cancel);
  const rest = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      chunks.length = 0;
    },
    async pull(controller) {
      const { done, value } = await reader.read();
      if (done) controller.close();
      else controller.enqueue(value);
    },
    cancel: (reason) => reader.cancel(reason),
  });
  return { small: false, res: new Response(rest, head) };
}

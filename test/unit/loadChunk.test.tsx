import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Suspense } from "react";
import { afterEach, describe, expect, test, vi } from "vitest";
import { CHUNK_FAILED_EVENT, loadChunk } from "../../src/components/loadChunk";
import { optionalPart } from "../../src/components/OptionalPart";

afterEach(() => vi.useRealTimers());

describe("a chunk that fails to load", () => {
  test("is asked again after 1 s and 2 s, and each failure is announced", async () => {
    vi.useFakeTimers();
    const failures = vi.fn();
    window.addEventListener(CHUNK_FAILED_EVENT, failures);
    const load = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(new TypeError("Failed to fetch dynamically imported module"))
      .mockRejectedValueOnce(new TypeError("Failed to fetch dynamically imported module"))
      .mockResolvedValue("the module");
    const loaded = loadChunk(load);
    await vi.advanceTimersByTimeAsync(999);
    expect(load).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(load).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(2_000);
    await expect(loaded).resolves.toBe("the module");
    expect(load).toHaveBeenCalledTimes(3);
    expect(failures).toHaveBeenCalledTimes(2);
    window.removeEventListener(CHUNK_FAILED_EVENT, failures);
  });

  test("named by the failure, is asked again under a fresh URL, not through the failed import", async () => {
    // Some browsers keep a failed import's outcome: the same import() would fail without a request.
    const script = `${window.location.origin}/assets/FleetOverview-abc.js`;
    const load = vi.fn(() =>
      Promise.reject(new TypeError(`Failed to fetch dynamically imported module: ${script}`)),
    );
    // The fresh URL can't be fetched here either (no server), so the load ends in an error.
    await expect(loadChunk(load, [0])).rejects.toThrow();
    expect(load).toHaveBeenCalledTimes(1);
  });

  test("gives up once the delays run out, with the last error", async () => {
    vi.useFakeTimers();
    const load = vi.fn(() => Promise.reject(new TypeError("gone")));
    const loaded = loadChunk(load, [10, 20]);
    const outcome = expect(loaded).rejects.toThrow("gone");
    await vi.advanceTimersByTimeAsync(30);
    await outcome;
    expect(load).toHaveBeenCalledTimes(3);
  });
});

describe("an optional part of a page", () => {
  test("whose code can't be had says so beside the rest of the page, and can be tried again", async () => {
    const user = userEvent.setup();
    let available = false;
    const Part = optionalPart(
      "fleet overview",
      () =>
        available
          ? Promise.resolve(({ label }: { label: string }) => <p>{label}</p>)
          : Promise.reject(new TypeError("Failed to fetch dynamically imported module")),
      (component) => component,
      [],
    );
    render(
      <main>
        <h1>Workspaces</h1>
        <Suspense fallback={<p>Loading the overview…</p>}>
          <Part label="Status of 145 workspaces" />
        </Suspense>
      </main>,
    );
    expect(await screen.findByText(/The fleet overview could not be loaded/)).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Workspaces" })).toBeInTheDocument();

    available = true;
    await user.click(screen.getByRole("button", { name: "Try again" }));
    expect(await screen.findByText("Status of 145 workspaces")).toBeInTheDocument();
    expect(screen.queryByText(/could not be loaded/)).not.toBeInTheDocument();
  });
});

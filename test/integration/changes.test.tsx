import { act, configure, screen, waitFor, within } from "@testing-library/react";
import { http, HttpResponse } from "msw";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { server } from "../../mocks/node";
import type { WireWorkspace } from "../../mocks/wire";
import { agent, MIN, NOW, ws, type WsOpts } from "../craftedTriage";
import { renderApp } from "../render";
import { setSessionToken } from "../../src/api/transport/session";
import { addTabIcon, tabIconHref } from "../tab";
import { pageLoadsSettled } from "../../src/pages/preloadable";

// Whole-app renders are slow on the shared 2-core machine.
vi.setConfig({ testTimeout: 60_000 });
configure({ asyncUtilTimeout: 10_000 });

beforeEach(() => {
  // index.html's icon, which the badge is drawn over.
  addTabIcon();
  // Only Date is faked (timers stay real for MSW, React Query and user-event), unless a test says.
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(NOW);
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** The fleet coderd answers with, which a test moves between polls. */
let fleet: WireWorkspace[] = [];
function serveMovingFleet(first: WireWorkspace[]) {
  fleet = first;
  server.use(
    http.get("*/api/v2/workspaces", () =>
      HttpResponse.json({ count: fleet.length, workspaces: fleet }),
    ),
  );
}

/** The same workspace (same id), now as `o` says. */
function moved(w: WireWorkspace, o: Omit<WsOpts, "name">): WireWorkspace {
  return { ...ws({ name: w.name, ...o }), id: w.id };
}

/** One poll: the app asks coderd again (renderApp turns the timed polls off). */
async function poll(queryClient: { refetchQueries: () => Promise<unknown> }) {
  await act(() => queryClient.refetchQueries());
}

function row(name: string): HTMLElement {
  const table = screen.getByRole("table", { name: "Workspaces" });
  const tr = within(table)
    .getAllByRole("row")
    .find((r) => within(r).queryByRole("link", { name }));
  if (!tr) throw new Error(`no row for ${name}`);
  return tr;
}

const favicon = tabIconHref;

/** The first look at the fleet is stored: it is what the user last saw, the baseline. */
async function baselineStored() {
  await waitFor(() =>
    expect(localStorage.getItem("coder-dashboard.changes.seen:demo")).not.toBeNull(),
  );
}

function startingFleet() {
  return {
    api: ws({ name: "api", status: "running", since: 3 * MIN }),
    builds: ws({ name: "builds", status: "running", since: 3 * MIN }),
    idle: ws({ name: "idle", status: "stopped", since: 3 * MIN }),
    web: ws({ name: "web", status: "running", since: 3 * MIN }),
    broken: ws({ name: "broken", status: "failed", since: 3 * MIN }),
    // Starting for 2 min: stuck once it passes 30 min.
    slow: ws({ name: "slow", status: "starting", since: 2 * MIN }),
    gone: ws({ name: "gone", status: "running", since: 3 * MIN }),
  };
}

/** The starting fleet 40 minutes later: each workspace moved one way (`since`: before NOW). */
function fleetMoved(a: ReturnType<typeof startingFleet>) {
  return [
    a.api,
    moved(a.builds, { status: "failed", since: -35 * MIN }),
    moved(a.idle, { status: "running", since: -35 * MIN }),
    moved(a.web, {
      status: "running",
      since: 3 * MIN,
      agents: [
        agent({
          status: "disconnected",
          health: { healthy: false, reason: "agent has lost connection" },
        }),
      ],
    }),
    moved(a.broken, { status: "running", since: -35 * MIN }),
    a.slow,
    ws({ name: "new-one", status: "running", since: MIN }),
  ];
}

async function listAfterMoving() {
  const a = startingFleet();
  serveMovingFleet(Object.values(a));
  const view = renderApp("/workspaces");
  await screen.findByRole("link", { name: "api" });
  // The first look is the baseline: nothing is new yet.
  await baselineStored();
  expect(screen.queryByText(/^New: /)).not.toBeInTheDocument();
  expect(document.title).toBe("Workspaces · Coder dashboard");

  vi.setSystemTime(NOW + 40 * MIN);
  fleet = fleetMoved(a);
  await poll(view.queryClient);
  await screen.findByRole("link", { name: "new-one" });
  return view;
}

describe("changes since the last look", () => {
  test("a fleet that moves between polls: each changed row is marked in words", async () => {
    await listAfterMoving();
    await waitFor(() => expect(within(row("builds")).getByText("New: failed")).toBeInTheDocument());
    expect(within(row("idle")).getByText("New: started")).toBeInTheDocument();
    expect(within(row("web")).getByText("New: unhealthy")).toBeInTheDocument();
    expect(within(row("broken")).getByText("New: recovered, started")).toBeInTheDocument();
    expect(within(row("slow")).getByText("New: stuck")).toBeInTheDocument();
    expect(within(row("new-one")).getByText("New: created")).toBeInTheDocument();
    expect(within(row("api")).queryByText(/^New: /)).not.toBeInTheDocument();
    const summary = screen.getByRole("region", { name: "Changes since your last visit" });
    expect(summary).toHaveTextContent(
      "1 failed, 1 unhealthy, 1 stuck, 1 recovered, 2 started, 1 created, 1 deleted.",
    );
  });

  test("the title and the favicon carry the number of new problems; mark all as seen clears them", async () => {
    const { user } = await listAfterMoving();
    // Failed, unhealthy and stuck: three workspaces with new problems.
    await waitFor(() => expect(document.title).toBe("(3) Workspaces · Coder dashboard"));
    expect(favicon()).toMatch(/^data:image\/svg\+xml,/);
    expect(decodeURIComponent(favicon())).toContain(">3</text>");

    const summary = screen.getByRole("region", { name: "Changes since your last visit" });
    await user.click(within(summary).getByRole("button", { name: "Mark all as seen" }));
    await waitFor(() => expect(document.title).toBe("Workspaces · Coder dashboard"));
    expect(favicon()).toBe("/favicon.svg");
    expect(screen.queryByText(/^New: /)).not.toBeInTheDocument();
    expect(screen.queryByRole("region", { name: "Changes since your last visit" })).toBeNull();
  });

  test("the Changes view lists them with times and links; its mark all as seen empties it", async () => {
    const { user, router } = await listAfterMoving();
    await user.click(await screen.findByRole("link", { name: "View changes" }));
    expect(router.state.location.pathname).toBe("/workspaces/changes");
    const list = await screen.findByRole("list", { name: "Changes" });
    const items = within(list).getAllByRole("listitem");
    expect(items).toHaveLength(7);
    const builds = items.find((li) => within(li).queryByRole("link", { name: "builds" }));
    expect(builds).toHaveTextContent("Failed");
    // Its build failed 5 min before this look: that is its time.
    expect(within(builds ?? list).getByText((_, el) => el?.tagName === "TIME")).toHaveAttribute(
      "datetime",
      new Date(NOW + 35 * MIN).toISOString(),
    );
    const gone = items.find((li) => within(li).queryByRole("link", { name: "gone" }));
    expect(gone).toHaveTextContent("No longer in the fleet");
    expect(within(gone ?? list).getByRole("link", { name: "gone" })).toHaveAttribute(
      "href",
      expect.stringMatching(/\?include_deleted=true$/),
    );
    await waitFor(() => expect(document.title).toBe("(3) Changes · Coder dashboard"));

    await user.click(screen.getByRole("button", { name: "Mark all as seen" }));
    expect(await screen.findByText("Nothing changed since your last visit")).toBeInTheDocument();
    expect(document.title).toBe("Changes · Coder dashboard");
  });

  test("Needs attention marks its changed workspaces, and counts them on their groups", async () => {
    const a = startingFleet();
    serveMovingFleet(Object.values(a));
    const { queryClient } = renderApp("/workspaces/attention");
    // The attention view's first render is slow on a busy machine.
    await screen.findByRole("link", { name: "broken" }, { timeout: 30_000 });
    await baselineStored();
    vi.setSystemTime(NOW + 40 * MIN);
    fleet = fleetMoved(a);
    await poll(queryClient);
    // The attention index is rebuilt in slices between paints: slow on a busy machine.
    await screen.findByRole("link", { name: "builds" }, { timeout: 10_000 });
    const entry = (name: string) =>
      screen
        .getAllByRole("listitem")
        .find((li) => li.dataset.workspace && within(li).queryByRole("link", { name }));
    await waitFor(
      () => {
        expect(entry("builds")).toHaveTextContent("New: failed");
        expect(entry("web")).toHaveTextContent("New: unhealthy");
      },
      { timeout: 10_000 },
    );
    // The view reads "stuck" on its own clock, which ticks every 15 s.
    await waitFor(() => expect(entry("slow")).toHaveTextContent("New: stuck"), {
      timeout: 20_000,
    });
    expect(screen.getAllByText(/· 1 changed since your last visit$/).length).toBeGreaterThanOrEqual(
      3,
    );
    expect(
      screen.getByRole("region", { name: "Changes since your last visit" }),
    ).toBeInTheDocument();
  });

  test("the last visit is when the tab was last visible, kept per backend; broken storage is ignored", async () => {
    setSessionToken("a-secret-token-0123456789", { remember: false });
    const a = startingFleet();
    serveMovingFleet(Object.values(a));
    const view = renderApp("/workspaces");
    await screen.findByRole("link", { name: "api" });
    await baselineStored();
    fleet = [moved(a.api, { status: "failed", since: -MIN }), ...Object.values(a).slice(1)];
    vi.setSystemTime(NOW + 2 * MIN);
    await poll(view.queryClient);
    await waitFor(() => expect(within(row("api")).getByText("New: failed")).toBeInTheDocument());

    // The tab goes to the background: what it showed is now what the user last saw.
    const hidden = vi.spyOn(document, "visibilityState", "get").mockReturnValue("hidden");
    act(() => void document.dispatchEvent(new Event("visibilitychange")));
    await waitFor(() => expect(screen.queryByText(/^New: /)).not.toBeInTheDocument());
    fleet = fleet.map((w) =>
      w.id === a.idle.id ? moved(a.idle, { status: "running", since: -3 * MIN }) : w,
    );
    vi.setSystemTime(NOW + 4 * MIN);
    await poll(view.queryClient);
    hidden.mockRestore();
    await waitFor(() => expect(within(row("idle")).getByText("New: started")).toBeInTheDocument());
    expect(within(row("api")).queryByText(/^New: /)).toBeNull();

    // Kept per backend (the demo's here), and never the session token.
    const keys = Object.keys(localStorage);
    expect(keys).toEqual(
      expect.arrayContaining([
        "coder-dashboard.changes.seen:demo",
        "coder-dashboard.changes.log:demo",
      ]),
    );
    for (const key of keys) expect(localStorage.getItem(key)).not.toContain("a-secret-token");

    // A reload over storage another program broke: the page works, with nothing marked.
    view.unmount();
    localStorage.setItem("coder-dashboard.changes.seen:demo", '{"v":1,"at":"x","rows":');
    localStorage.setItem("coder-dashboard.changes.log:demo", "[[[");
    localStorage.setItem("coder-dashboard.changes.alerts", "null");
    renderApp("/workspaces");
    await screen.findByRole("link", { name: "api" });
    await waitFor(() =>
      expect(localStorage.getItem("coder-dashboard.changes.seen:demo")).toMatch(
        /^\{"v":1,"at":\d+/,
      ),
    );
    expect(screen.queryByText(/^New: /)).toBeNull();
    expect(document.title).toBe("Workspaces · Coder dashboard");
  });

  test("a time window (?since=&until=) lists the changes seen in it, kept across a reload", async () => {
    const a = startingFleet();
    serveMovingFleet(Object.values(a));
    const view = renderApp("/workspaces");
    await screen.findByRole("link", { name: "api" });
    await baselineStored();
    // At +10 min builds fails; at +50 min idle starts.
    vi.setSystemTime(NOW + 10 * MIN);
    const failed = { ...a.builds, ...moved(a.builds, { status: "failed", since: -10 * MIN }) };
    fleet = [a.api, failed, a.idle];
    await poll(view.queryClient);
    await waitFor(() => expect(within(row("builds")).getByText("New: failed")).toBeInTheDocument());
    vi.setSystemTime(NOW + 50 * MIN);
    fleet = [a.api, failed, moved(a.idle, { status: "running", since: -50 * MIN })];
    await poll(view.queryClient);
    await waitFor(() => expect(within(row("idle")).getByText("New: started")).toBeInTheDocument());
    view.unmount();

    // Another page (a reload), linked to the half hour from +30 min, as the overview's trend links.
    const since = new Date(NOW + 30 * MIN).toISOString();
    const until = new Date(NOW + 60 * MIN).toISOString();
    renderApp(`/workspaces/changes?since=${since}&until=${until}`);
    const list = await screen.findByRole("list", { name: "Changes" });
    const names = within(list)
      .getAllByRole("link")
      .map((l) => l.textContent);
    expect(names).toEqual(["idle"]);
    expect(
      screen.getByRole("heading", { level: 2, name: /^Changes seen from / }),
    ).toBeInTheDocument();
  });

  test("a link whose window can't be read says so, with a way to the changes since the last visit", async () => {
    serveMovingFleet(Object.values(startingFleet()));
    renderApp("/workspaces/changes?since=yesterday");
    expect(
      await screen.findByRole("heading", { name: "This link's time window can't be read" }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole("link", { name: "See the changes since your last visit" }),
    ).toHaveAttribute("href", "/workspaces/changes");
  });
});

/** The browser's Notification API, faked: what was shown, and whether permission was asked. */
class FakeNotification {
  static permission: NotificationPermission = "default";
  static asked = 0;
  static shown: FakeNotification[] = [];
  static requestPermission() {
    FakeNotification.asked += 1;
    FakeNotification.permission = "granted";
    return Promise.resolve(FakeNotification.permission);
  }
  onclick: (() => void) | null = null;
  closed = false;
  constructor(
    readonly title: string,
    readonly options: NotificationOptions,
  ) {
    FakeNotification.shown.push(this);
  }
  close() {
    this.closed = true;
  }
}

describe("desktop notifications", () => {
  beforeEach(() => {
    FakeNotification.permission = "default";
    FakeNotification.asked = 0;
    FakeNotification.shown = [];
    vi.stubGlobal("Notification", FakeNotification);
    // Timers too, to pass the minute between notifications; they still run with real time.
    vi.useFakeTimers({ toFake: ["Date", "setTimeout", "clearTimeout"], shouldAdvanceTime: true });
    vi.setSystemTime(NOW);
  });
  // The workspace's page a notification opens loads under these timers: it must finish under them.
  afterEach(() => pageLoadsSettled(), 60_000);

  test("asked for only on a click; grouped, at most one a minute; a kind can be muted; a click opens the workspace", async () => {
    const a = startingFleet();
    serveMovingFleet(Object.values(a));
    const { user, queryClient, router } = renderApp("/workspaces/changes");
    expect(await screen.findByText("Nothing changed since your last visit")).toBeInTheDocument();
    expect(FakeNotification.asked).toBe(0);
    await user.click(screen.getByRole("button", { name: "Turn on desktop notifications" }));
    expect(await screen.findByText("Desktop notifications are on.")).toBeInTheDocument();
    expect(FakeNotification.asked).toBe(1);
    // Stored as the user's choice, with nothing of the session in it.
    expect(localStorage.getItem("coder-dashboard.changes.alerts")).toBe(
      '{"notify":true,"muted":[]}',
    );

    // The user looks elsewhere; two workspaces break in one poll: one notification names both.
    vi.spyOn(document, "hasFocus").mockReturnValue(false);
    fleet = [...fleetMoved(a).slice(0, 4), a.broken, a.slow, a.gone];
    await poll(queryClient);
    await waitFor(() => expect(FakeNotification.shown).toHaveLength(1));
    expect(FakeNotification.shown[0]?.title).toBe("2 workspaces have new problems");
    expect(FakeNotification.shown[0]?.options.body).toBe("Failed: builds\nUnhealthy: web");

    // Another within the minute waits for it, then goes alone, naming its workspace.
    fleet = fleet.map((w) =>
      w.id === a.api.id ? moved(a.api, { status: "failed", since: 0 }) : w,
    );
    await poll(queryClient);
    await waitFor(() => expect(document.title).toBe("(3) Changes · Coder dashboard"));
    expect(FakeNotification.shown).toHaveLength(1);
    await act(() => vi.advanceTimersByTimeAsync(60_000));
    await waitFor(() => expect(FakeNotification.shown).toHaveLength(2));
    expect(FakeNotification.shown[1]?.title).toBe("api: failed");

    // Failed muted: a new failure neither notifies nor counts in the title.
    await user.click(screen.getByRole("checkbox", { name: "Failed" }));
    expect(localStorage.getItem("coder-dashboard.changes.alerts")).toBe(
      '{"notify":true,"muted":["failed"]}',
    );
    await waitFor(() => expect(document.title).toBe("(1) Changes · Coder dashboard"));
    fleet = fleet.map((w) =>
      w.id === a.idle.id ? moved(a.idle, { status: "failed", since: 0 }) : w,
    );
    await poll(queryClient);
    await screen.findByRole("link", { name: "idle" });
    await act(() => vi.advanceTimersByTimeAsync(61_000));
    expect(FakeNotification.shown).toHaveLength(2);
    expect(document.title).toBe("(1) Changes · Coder dashboard");

    // A click on a notification focuses the tab and opens what it names.
    const focus = vi.spyOn(window, "focus").mockImplementation(() => undefined);
    act(() => FakeNotification.shown[1]?.onclick?.());
    expect(focus).toHaveBeenCalled();
    await waitFor(() => expect(router.state.location.pathname).toBe(`/workspaces/${a.api.id}`));
    expect(FakeNotification.shown[1]?.closed).toBe(true);
  });
});

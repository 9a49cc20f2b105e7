import { screen, waitFor, within } from "@testing-library/react";
import { http, HttpResponse } from "msw";
import { describe, expect, test } from "vitest";
import { server } from "../../mocks/node";
import { fixture } from "../fixtures";
import { anchorTarget, factValue, unsafeUrlElements } from "../queries";
import { renderApp } from "../render";
import { scheduleInWords, ttlInWords } from "../../src/domain/schedule";

async function open(name: string, hash = "") {
  const w = fixture(name);
  const utils = renderApp(`/workspaces/${w.id}${hash}`);
  // The first render of a file pays for module loading on a busy machine.
  await screen.findByRole("heading", { level: 1, name }, { timeout: 5000 });
  // The resources render just after the header, in a render that yields to input.
  await screen.findByRole(
    "heading",
    { level: 2, name: /^Resources \(\d+\)$/ },
    { timeout: 10_000 },
  );
  return { ...utils, w };
}

function section(name: RegExp | string) {
  return screen.getByRole("region", { name });
}

describe("a healthy workspace", () => {
  test("header: name, owner, template, status and schedule", async () => {
    const { w } = await open("api-server");
    // Owner and template are each isolated (bidi), so the line spans elements.
    expect(
      screen.getByText(
        (_, el) => el?.tagName === "P" && el.textContent === "alice · Docker development",
      ),
    ).toBeInTheDocument();
    expect(screen.getAllByText("Running")[0]).toBeInTheDocument();
    expect(factValue("Autostart")).toHaveTextContent(
      scheduleInWords(w.autostart_schedule) ?? "Off",
    );
    expect(factValue("Autostop")).toHaveTextContent(ttlInWords(w.ttl_ms) ?? "Off");
    expect(factValue("Deadline")).toHaveTextContent(/Stops in|after start|No automatic stop/);
  });

  test("latest build and its job", async () => {
    const { w } = await open("api-server");
    const build = section("Latest build");
    expect(build).toHaveTextContent(`#${w.latest_build.build_number}`);
    expect(build).toHaveTextContent("Succeeded");
    expect(build).toHaveTextContent(w.latest_build.job.worker_id ?? "missing");
    expect(within(build).getByText("Queued")).toBeInTheDocument();
    expect(within(build).getByText("Completed")).toBeInTheDocument();
    expect(build).toHaveTextContent(/credits/);
  });

  test("resources with metadata; sensitive values masked until revealed", async () => {
    const { user, w } = await open("api-server");
    const secret =
      w.latest_build.resources[0]?.metadata?.find((m) => m.sensitive)?.value ?? "missing";
    expect(screen.queryByText(secret)).not.toBeInTheDocument();
    await user.click(
      screen.getAllByRole("button", { name: "Reveal value of api_key" })[0] as HTMLElement,
    );
    expect(screen.getByText(secret)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Hide value of api_key" }));
    expect(screen.queryByText(secret)).not.toBeInTheDocument();
  });

  test("hidden resources fold behind 'show N hidden'", async () => {
    const { user } = await open("api-server");
    expect(screen.queryByRole("article", { name: "Resource db_password" })).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Show 1 hidden" }));
    expect(screen.getByRole("article", { name: "Resource db_password" })).toBeInTheDocument();
  });

  test("agents: status in words, env values masked, latency fastest first with the preferred region", async () => {
    const { w } = await open("api-server");
    const agent = w.latest_build.resources[0]?.agents?.[0];
    const token = agent?.environment_variables?.GITHUB_TOKEN ?? "missing";
    expect(screen.getAllByText("The agent is connected and reachable.")).toHaveLength(2);
    expect(screen.getAllByText("GITHUB_TOKEN")[0]).toBeInTheDocument();
    expect(screen.queryByText(token)).not.toBeInTheDocument();
    const tables = screen.getAllByRole("table", { name: /Latency by DERP region/ });
    const first = tables[0];
    if (!first) throw new Error("no latency table");
    const figures = within(first)
      .getAllByRole("row")
      .slice(1)
      .map((r) => Number(/([\d.]+) ms/.exec(r.textContent)?.[1]));
    expect(figures).toEqual([...figures].sort((a, b) => a - b));
    expect(screen.getAllByText(/Preferred region:/)[0]).toBeInTheDocument();
  });

  test("apps: health in words with the healthcheck explained, sharing and command", async () => {
    await open("api-server");
    expect(
      screen.getAllByText(
        "Checks http://localhost:13337/healthz every 5 s; unhealthy after 6 failed checks in a row.",
      )[0],
    ).toBeInTheDocument();
    expect(screen.getAllByText("No health check")[0]).toBeInTheDocument();
    expect(screen.getAllByText("No health check configured.")[0]).toBeInTheDocument();
    expect(screen.getAllByText("bash -l")[0]).toBeInTheDocument();
    expect(screen.getAllByText(/Served on its own subdomain/)[0]).toBeInTheDocument();
  });

  test("a deep link focuses and highlights its agent", async () => {
    const w = fixture("api-server");
    const agentId = w.latest_build.resources[0]?.agents?.[1]?.id ?? "missing";
    renderApp(`/workspaces/${w.id}#agent-${agentId}`);
    await screen.findByRole("heading", { level: 1, name: "api-server" });
    await waitFor(() => expect(anchorTarget(`agent-${agentId}`)).toHaveFocus());
    expect(
      screen.getAllByRole("button", { name: "Copy link to agent sidecar" })[0],
    ).toBeInTheDocument();
  });
});

describe("edge cases", () => {
  test("a failed job puts its error first, as plain text without ANSI codes", async () => {
    await open("ml-training");
    const alert = screen.getByRole("alert");
    expect(alert).toHaveTextContent(/The build job failed/);
    expect(alert).toHaveTextContent("Error: creating EC2 instance");
    expect(alert.textContent).not.toContain("\u001b");
    expect(screen.getByText("Resources appear once the build job succeeds.")).toBeInTheDocument();
  });

  test("a worker that stopped reporting: failed, never completed", async () => {
    await open("stuck-worker");
    expect(screen.getByText("Worker failed to update job in time.")).toBeInTheDocument();
    expect(screen.getByText(/Completed — not yet/)).toBeInTheDocument();
  });

  test("a canceled job", async () => {
    await open("data-pipeline");
    expect(within(section("Latest build")).getAllByText("Canceled").length).toBeGreaterThan(0);
  });

  test("a resource without agents", async () => {
    await open("bucket-only");
    expect(screen.getByRole("article", { name: "Resource artifacts" })).toBeInTheDocument();
    expect(screen.queryByText(/^Agent /)).not.toBeInTheDocument();
  });

  test("no latency reported, and an app still initializing", async () => {
    await open("gpu-box");
    expect(screen.getByText("No latency reported for this agent.")).toBeInTheDocument();
    expect(screen.getByText("Initializing")).toBeInTheDocument();
    // Its connection timeout is 0: none, so it can't have timed out.
    expect(screen.getByText(/it has no connection timeout/)).toBeInTheDocument();
  });

  test("no preferred region; never used", async () => {
    await open("never-used");
    expect(screen.getByText("No preferred region reported.")).toBeInTheDocument();
    expect(factValue("Last used")).toHaveTextContent("Never");
  });

  test("a stopped workspace's agent timing out is explained as normal", async () => {
    await open("legacy-vm");
    expect(
      screen.getByText(/The workspace is stopped, so its agent is not running. This is expected./),
    ).toBeInTheDocument();
    expect(screen.getAllByText("Outdated").length).toBeGreaterThan(0);
  });

  test("unknown enums render as neutral text; unsafe links and icons are dropped", async () => {
    await open("odd-one");
    // The server's own word, capitalised, never passed off as one of coderd's.
    const [restarting] = screen.getAllByTitle(
      "The server says “restarting”, a status this dashboard does not know",
    );
    expect(restarting).toHaveTextContent(/^Restarting$/);
    expect(screen.queryByText("restarting")).not.toBeInTheDocument();
    expect(screen.getAllByText("Hibernating").length).toBeGreaterThan(0);
    expect(screen.getByText("Degraded")).toBeInTheDocument();
    expect(screen.getByText("<img src=x onerror=alert(1)> Évaluation 📈")).toBeInTheDocument();
    expect(unsafeUrlElements()).toEqual([]);
    expect(screen.getByText("raspberry-pi", { selector: "dd" })).toBeInTheDocument();
  });

  test("missing and mistyped fields never break the page", async () => {
    const id = "7f9c2ba4-e88f-4c1a-a9d4-3b1f5c0e8d21";
    server.use(
      http.get("*/api/v2/workspaces/:id", () =>
        HttpResponse.json({
          id,
          name: "bare",
          latest_build: {
            resources: [
              {
                agents: [
                  {
                    latency: { X: { latency_ms: "fast" } },
                    apps: [{}],
                    environment_variables: null,
                  },
                ],
                metadata: [{}],
              },
              null,
            ],
            job: { tags: null },
            deadline: { valid: "yes" },
          },
        }),
      ),
    );
    renderApp(`/workspaces/${id}`);
    expect(await screen.findByRole("heading", { level: 1, name: "bare" })).toBeInTheDocument();
    expect(await screen.findByText("Unnamed agent", { exact: false })).toBeInTheDocument();
    expect(screen.getByText("Unnamed app")).toBeInTheDocument();
  });
});

describe("states", () => {
  test("skeleton, then the workspace", async () => {
    const w = fixture("api-server");
    renderApp(`/workspaces/${w.id}`);
    expect(await screen.findByLabelText("Loading workspace")).toBeInTheDocument();
    expect(
      await screen.findByRole("heading", { level: 1, name: "api-server" }),
    ).toBeInTheDocument();
  });

  test("410: deleted, with an action that reopens it with include_deleted in the URL", async () => {
    const w = fixture("retired");
    const { user, router } = renderApp(`/workspaces/${w.id}`);
    expect(await screen.findByText("This workspace was deleted")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Show it anyway" }));
    expect(await screen.findByRole("heading", { level: 1, name: "retired" })).toBeInTheDocument();
    expect(router.state.location.search).toBe("?include_deleted=true");
    expect(screen.getByText("Deleted workspace")).toBeInTheDocument();
  });

  test("404: not found or no access", async () => {
    renderApp("/workspaces/00000000-0000-4000-8000-000000000000");
    expect(
      await screen.findByText("Workspace not found, or you have no access to it"),
    ).toBeInTheDocument();
  });

  test("400: not a valid id", async () => {
    renderApp("/workspaces/not-a-uuid");
    expect(await screen.findByText("That is not a valid workspace ID")).toBeInTheDocument();
  });

  test("a server error, with a retry", async () => {
    const w = fixture("api-server");
    let calls = 0;
    server.use(
      http.get("*/api/v2/workspaces/:id", () => {
        calls += 1;
        return calls === 1
          ? new HttpResponse("<h1>502 Bad Gateway</h1>", {
              status: 502,
              headers: { "Content-Type": "text/html" },
            })
          : HttpResponse.json(w);
      }),
    );
    const { user } = renderApp(`/workspaces/${w.id}`);
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("The server answered 502");
    await user.click(within(alert).getByRole("button", { name: "Retry" }));
    expect(
      await screen.findByRole("heading", { level: 1, name: "api-server" }),
    ).toBeInTheDocument();
  });

  test("opening from the list shows what the list knew at once", async () => {
    const w = fixture("api-server");
    const { user } = renderApp("/workspaces?name=api-server");
    server.use(
      http.get("*/api/v2/workspaces/:id", async () => {
        await new Promise((r) => setTimeout(r, 300));
        return HttpResponse.json(w);
      }),
    );
    await user.click(await screen.findByRole("link", { name: "api-server" }));
    expect(
      await screen.findByRole("heading", { level: 1, name: "api-server" }),
    ).toBeInTheDocument();
    expect(screen.getByText("Loading full details…")).toBeInTheDocument();
    expect(await screen.findByText(/^Updated/)).toBeInTheDocument();
    await user.click(screen.getByRole("link", { name: "All workspaces" }));
    expect(await screen.findByRole("combobox", { name: "Search" })).toHaveValue("name:api-server");
  });
});

import { describe, expect, test } from "vitest";
import type { Workspace } from "../../src/coderd/schemas";
import { readListBody } from "../../src/api/list/listReader";
import { csvCell, exportBaseName, exportRows, toCsv, toJson } from "../../src/domain/export";
import { groupProblemWords, groupWorkspaces } from "../../src/domain/grouping";
import { fleetOverview } from "../../src/domain/overview";
import {
  DEFAULT_THRESHOLDS,
  firstErrorLine,
  parseDuration,
  printDuration,
  thresholdsFromSearchParams,
  timeInState,
  timeInStateWords,
  writeThresholds,
} from "../../src/domain/timeInState";
import { agentUnhealthyReason } from "../../src/domain/health";
import { agent, DAY, HOUR, MIN, NOW, ws } from "../craftedTriage";

/** A crafted body entry as the app reads it: through the list's own reader. */
function asWs(entry: unknown): Workspace {
  const [w] = readListBody({ workspaces: [entry] }).workspaces;
  if (!w) throw new Error("the list reader kept no workspace");
  return w;
}
function at<T>(list: T[], i: number): T {
  const v = list[i];
  if (v === undefined) throw new Error(`nothing at ${i}`);
  return v;
}

describe("durations and thresholds", () => {
  test("parse and print", () => {
    expect(parseDuration("10m")).toBe(10 * MIN);
    expect(parseDuration("90s")).toBe(90_000);
    expect(parseDuration("2h")).toBe(2 * HOUR);
    expect(parseDuration("1d")).toBe(DAY);
    expect(parseDuration("15")).toBe(15 * MIN);
    expect(parseDuration("-5m")).toBeUndefined();
    expect(parseDuration("soon")).toBeUndefined();
    expect(parseDuration("0")).toBeUndefined();
    expect(printDuration(90 * MIN)).toBe("90m");
    expect(printDuration(2 * HOUR)).toBe("2h");
    expect(printDuration(90_000)).toBe("90s");
  });

  test("URL round trip keeps only what differs from the defaults", () => {
    const t = thresholdsFromSearchParams(
      new URLSearchParams("stuck_pending=5m&stuck_starting=junk"),
    );
    expect(t).toEqual({ ...DEFAULT_THRESHOLDS, pending: 5 * MIN });
    const written = writeThresholds(new URLSearchParams("kind=stuck&stuck_pending=5m"), {
      pending: 10 * MIN,
      deleting: HOUR,
    });
    expect(written.toString()).toBe("kind=stuck&stuck_deleting=1h");
  });
});

describe("time in state", () => {
  test("from the job's timestamps, by state", () => {
    const pending = asWs(ws({ name: "p", status: "pending", since: 11 * MIN }));
    expect(timeInState(pending, NOW)).toMatchObject({ ms: 11 * MIN, stuck: true });
    const starting = asWs(ws({ name: "s", status: "starting", since: 29 * MIN }));
    expect(timeInState(starting, NOW)).toMatchObject({ ms: 29 * MIN, stuck: false });
    const canceling = asWs(ws({ name: "c", status: "canceling", since: 9 * HOUR }));
    expect(timeInState(canceling, NOW)).toMatchObject({ ms: 9 * HOUR, stuck: true });
    const running = asWs(ws({ name: "r", status: "running", since: 2 * DAY }));
    expect(timeInState(running, NOW)).toMatchObject({ ms: 2 * DAY, stuck: false });
    // A job whose worker vanished has no completed_at: the build's last update stands in.
    const lost = asWs(
      ws({ name: "f", status: "failed", since: HOUR, job: { completed_at: undefined } }),
    );
    expect(timeInState(lost, NOW).ms).toBe(HOUR);
    expect(timeInState(asWs({ name: "x" }), NOW)).toMatchObject({ since: undefined, ms: 0 });
  });

  test("agent health follows coderd's rules when an old server omits it", () => {
    const reason = agentUnhealthyReason;
    expect(reason({ status: "connected", lifecycle_state: "ready" })).toBeUndefined();
    expect(reason({ status: "timeout" })).toBe("agent is taking too long to connect");
    expect(reason({ status: "connected", lifecycle_state: "start_error" })).toBe(
      "agent startup script exited with an error",
    );
    expect(reason({ status: "disconnected", lifecycle_state: "off" })).toBe("agent is not running");
    expect(reason({ status: "connected", lifecycle_state: "start_timeout" })).toBeUndefined();
    expect(reason({ health: { healthy: false, reason: "custom" } })).toBe("custom");
  });

  test("first error line strips ANSI and skips blank lines", () => {
    expect(firstErrorLine("\n\u001b[1;31m  boom\u001b[0m  \r\nsecond")).toBe("boom");
    expect(firstErrorLine(undefined)).toBe("");
  });
});

describe("export", () => {
  test("exact CSV: quoting, commas, quotes, newlines and formula-looking cells", () => {
    const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;
    const rows = exportRows(
      [
        asWs(
          ws({
            name: "plain",
            owner: "bob",
            status: "running",
            since: 2 * DAY,
            extra: { id: id(1), template_display_name: 'Docker, "large"' },
          }),
        ),
        asWs(
          ws({
            name: "=cmd()",
            owner: "+alice",
            status: "failed",
            since: HOUR,
            job: { error: "@SUM(A1)\nline two", error_code: "" },
            extra: {
              id: id(2),
              template_display_name: "multi\nline",
              outdated: true,
              last_used_at: "0001-01-01T00:00:00Z",
            },
          }),
        ),
        asWs(
          ws({
            name: "-minus",
            status: "canceling",
            since: 9 * HOUR,
            healthy: false,
            extra: { id: id(3), template_display_name: "\tTabbed" },
          }),
        ),
      ],
      { now: NOW, appRoot: "https://coder.example.com/dashboard/" },
    );
    const url = (n: number) => `https://coder.example.com/dashboard/workspaces/${id(n)}`;
    expect(toCsv(rows)).toBe(
      [
        "id,name,url,owner,template,status,health,triage,time_in_state,time_in_state_seconds,last_used,outdated,daily_cost,failure",
        `${id(1)},plain,${url(1)},bob,"Docker, ""large""",running,healthy,,2 d,172800,2026-11-20T11:00:00.000Z,false,10,`,
        `${id(2)},'=cmd(),${url(2)},'+alice,"multi\nline",failed,,Build failed,1 h,3600,,true,10,'@SUM(A1)`,
        // Status is coderd's word alone; that the cancel is stuck is triage's to say.
        `${id(3)},'-minus,${url(3)},alice,"'\tTabbed",canceling,,Stuck,9 h,32400,2026-11-20T11:00:00.000Z,false,10,`,
        "",
      ].join("\r\n"),
    );
  });

  test("a workspace without an id has empty id and url cells, never a link to the list", () => {
    const [row] = exportRows(
      [asWs({ ...ws({ name: "no-id", status: "stopped", since: HOUR }), id: undefined })],
      { now: NOW, appRoot: "https://coder.example.com/" },
    );
    expect(row).toMatchObject({ id: "", url: "", name: "no-id", status: "stopped" });
  });

  test("several kinds of problem share the triage cell, most severe first", () => {
    const sick = agent({ status: "disconnected", health: { healthy: false, reason: "lost" } });
    const [row] = exportRows(
      [
        asWs(
          ws({
            name: "sick",
            status: "running",
            since: HOUR,
            agents: [sick],
            extra: { outdated: true, template_require_active_version: true },
          }),
        ),
      ],
      { now: NOW, appRoot: "https://coder.example.com/" },
    );
    expect(row).toMatchObject({ status: "running", health: "unhealthy" });
    expect(row?.triage).toBe("Unhealthy; Must update");
  });

  test("durations are the list's: the file's clock is the one the list was drawn at", () => {
    const list = [asWs(ws({ name: "a", status: "running", since: 35_400 }))];
    // The list drew "35 s" at NOW; the same moment gives the same words, whenever the click comes.
    expect(exportRows(list, { now: NOW, appRoot: "https://x/" })[0]?.time_in_state).toBe("35 s");
    expect(timeInStateWords(timeInState(list[0] as Workspace, NOW))).toBe("for 35 s");
  });

  test("cells", () => {
    expect(csvCell("a,b")).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell("=1+1")).toBe("'=1+1");
    expect(csvCell('=HYPERLINK("x","y")')).toBe('"\'=HYPERLINK(""x"",""y"")"');
    expect(csvCell(" padded ")).toBe('" padded "');
    expect(csvCell(-3)).toBe("-3");
    expect(csvCell(null)).toBe("");
  });

  test("JSON keeps types", () => {
    const rows = exportRows([asWs(ws({ name: "a", status: "running", since: MIN }))], {
      now: NOW,
      appRoot: "https://coder.example.com/",
    });
    expect(JSON.parse(toJson(rows))).toEqual([
      expect.objectContaining({
        name: "a",
        outdated: false,
        daily_cost: 10,
        time_in_state_seconds: 60,
      }),
    ]);
  });

  test("file names follow the filter", () => {
    expect(exportBaseName("?q=owner%3Abob+status%3Afailed&sort=name")).toBe(
      "workspaces-owner-bob-status-failed",
    );
    expect(exportBaseName("?owner=bob&status=failed&page=2")).toBe(
      "workspaces-owner-bob-status-failed",
    );
    expect(exportBaseName("?sort=status&group=owner")).toBe("workspaces-all");
    expect(exportBaseName("")).toBe("workspaces-all");
  });
});

describe("rollups and overview", () => {
  const fleet = [
    ws({ name: "a1", template: "docker", owner: "alice", status: "failed", since: HOUR }),
    ws({ name: "a2", template: "docker", owner: "bob", status: "failed", since: HOUR }),
    ws({
      name: "a3",
      template: "docker",
      owner: "bob",
      status: "failed",
      since: HOUR,
      transition: "stop",
    }),
    ws({ name: "a4", template: "docker", owner: "alice", status: "running", since: HOUR }),
    ws({ name: "k1", template: "k8s", owner: "carol", status: "canceling", since: HOUR }),
    ws({
      name: "k2",
      template: "k8s",
      owner: "carol",
      status: "running",
      since: HOUR,
      agents: [agent({ latency: { Paris: { latency_ms: 350, preferred: true } } })],
      extra: { outdated: true, dormant_at: "2026-11-01T00:00:00Z" },
    }),
  ].map(asWs);

  test("groups by template with counts by status and problems in words", () => {
    const groups = groupWorkspaces(fleet, "template", NOW);
    expect(groups.map((g) => [g.key, g.total, g.problemTotal])).toEqual([
      ["docker", 4, 3],
      ["k8s", 2, 2],
    ]);
    expect(groups[0]?.byStatus).toEqual([
      { status: "failed", count: 3 },
      { status: "running", count: 1 },
    ]);
    expect(groupProblemWords(at(groups, 0))).toBe("2 failed starts, 1 failed stop");
    expect(groupProblemWords(at(groups, 1))).toBe("1 stuck, 1 dormant, 1 poor connection");
  });

  test("groups by owner", () => {
    const groups = groupWorkspaces(fleet, "owner", NOW);
    expect(groups.map((g) => `${g.key}:${g.total}`)).toEqual(["bob:2", "carol:2", "alice:2"]);
  });

  test("overview figures and their terms", () => {
    const o = fleetOverview(fleet);
    expect(o.total).toBe(6);
    expect(o.dailyCost).toBe(60);
    expect(o.outdated).toBe(1);
    expect(o.dormant).toBe(1);
    expect(o.latency.map((b) => b.agents)).toEqual([0, 0, 0, 0, 1]);
    expect(o.latency.map((b) => b.workspaces)).toEqual([0, 0, 0, 0, 1]);
  });
});

// Every number the dashboard shows equals the rows its click shows, over many generated fleets:
// today's shapes, old shapes without `health`, and missing or contradictory fields.
import { describe, expect, test } from "vitest";
import type { Workspace } from "../../src/coderd/schemas";
import { serverQuery } from "../../src/api/list/listRequest";
import { attentionIndex } from "../../src/domain/attentionGroups";
import { EXPORT_COLUMNS, exportRows, toCsv } from "../../src/domain/export";
import { unhealthyAgents, workspaceHealth } from "../../src/domain/health";
import { fleetOverview, fleetProblemCount } from "../../src/domain/overview";
import { setQueryTerm } from "../../src/domain/query/edit";
import { queryMatcher } from "../../src/domain/query/match";
import { parseQuery } from "../../src/domain/query/parse";
import { PROBLEM_KINDS, triage } from "../../src/domain/triage";
import { DEFAULT_THRESHOLDS } from "../../src/domain/timeInState";
import {
  matchesQuery,
  parseWorkspaceQuery,
  type SearchableWorkspace,
} from "../../mocks/coderdSearch";
import { rng } from "../../mocks/fleet";
import { genFleet, genWorkspace, GEN_NOW } from "../fleetGen";
import { csvRecords } from "../csvRecords";

const SEEDS = Array.from({ length: 40 }, (_, i) => 1000 + i * 7919);
const BASES = ["", "owner:alice", "status:running", "template:docker", "outdated:true"];

/** The rows the list shows for `q`: the client's matcher over the whole fleet. */
function rowsFor(fleet: Workspace[], q: string): Workspace[] {
  const parsed = parseQuery(q);
  expect(parsed.errors, `"${q}" parses`).toEqual([]);
  return fleet.filter(queryMatcher(parsed));
}

const marked = (w: Workspace) => unhealthyAgents(w).length > 0;

describe.each(SEEDS)("fleet seed %i", (seed) => {
  const fleet = genFleet(seed, 150);

  test.each(BASES)("overview figures equal the rows their clicks show (base q %j)", (base) => {
    const rows = rowsFor(fleet, base);
    const o = fleetOverview(rows);
    const click = (key: string, value: string) => rowsFor(fleet, setQueryTerm(base, key, value));
    for (const { status, count, filterable } of o.byStatus) {
      if (!filterable) continue;
      expect(click("status", status).length, `status ${status}`).toBe(count);
    }
    const healthy = click("healthy", "true");
    const unhealthy = click("healthy", "false");
    expect(healthy.length).toBe(o.healthy);
    expect(unhealthy.length).toBe(o.unhealthy);
    // The list's marker agrees with the filter both ways.
    expect(healthy.filter(marked)).toEqual([]);
    expect(unhealthy.every(marked)).toBe(true);
    expect(rows.filter(marked).length).toBe(o.unhealthy);
    expect(click("outdated", "true").length).toBe(o.outdated);
    expect(click("dormant", "true").length).toBe(o.dormant);
    expect(o.byStatus.reduce((n, c) => n + c.count, 0)).toBe(rows.length);
    // A latency bar opens Needs attention for its range: as many workspaces as it says.
    for (const bin of o.latency) {
      const idx = attentionIndex(rows, GEN_NOW, DEFAULT_THRESHOLDS, { min: bin.min, max: bin.max });
      expect(idx.counts.latency, `latency ${bin.label}`).toBe(bin.workspaces);
    }
    // "Needs attention (N)" on the overview is the attention view's "All problems".
    expect(fleetProblemCount(rows, DEFAULT_THRESHOLDS, GEN_NOW)).toBe(
      attentionIndex(rows, GEN_NOW).total,
    );
  });

  test("every attention kind's count equals its list and its groups", () => {
    const rows = rowsFor(fleet, "");
    const idx = attentionIndex(rows, GEN_NOW);
    for (const kind of PROBLEM_KINDS) {
      const listed = triage(rows, GEN_NOW, DEFAULT_THRESHOLDS, kind);
      const inGroups = idx.groups
        .filter((g) => g.kind === kind)
        .flatMap((g) => g.members.map((m) => m.workspace));
      expect(idx.counts[kind], kind).toBe(listed.length);
      expect(new Set(inGroups).size, kind).toBe(inGroups.length);
      expect(new Set(inGroups)).toEqual(new Set(listed.map((e) => e.workspace)));
      for (const g of idx.groups.filter((x) => x.kind === kind)) {
        // One cause per group: same kind, template and cause words for every member.
        expect(new Set(g.members.map((m) => m.problem.cause))).toEqual(new Set([g.cause]));
      }
    }
    expect(idx.total).toBe(triage(rows, GEN_NOW).length);
    // Unhealthy in Needs attention is exactly Unhealthy on the overview and in the list.
    expect(idx.counts.unhealthy).toBe(fleetOverview(rows).unhealthy);
    expect(new Set(idx.groups.map((g) => g.id)).size).toBe(idx.groups.length);
  });

  test("the export has exactly the rows on screen; its health column is the list's marker", () => {
    for (const base of BASES) {
      const rows = rowsFor(fleet, base);
      const exported = exportRows(rows, { now: GEN_NOW, appRoot: "https://dash.example/" });
      expect(exported.map((e) => e.name)).toEqual(rows.map((w) => w.name ?? ""));
      rows.forEach((w, i) => {
        const health = exported[i]?.health;
        expect(health === "unhealthy").toBe(marked(w));
        expect(health === "healthy").toBe(workspaceHealth(w) === true);
        // Status is coderd's word alone; Unhealthy in triage is the same marker again.
        expect(exported[i]?.status).toBe(w.latest_build?.status ?? "");
        expect(exported[i]?.triage.split("; ").includes("Unhealthy")).toBe(marked(w));
      });
      const records = csvRecords(toCsv(exported));
      expect(records.length).toBe(rows.length + 1);
      expect(new Set(records.map((r) => r.length))).toEqual(new Set([EXPORT_COLUMNS.length]));
    }
  });
});

describe("coderd is asked a superset of what healthy: shows", () => {
  const dir = { caller: "alice", users: [], organizations: [], groups: [] };
  test.each([
    "healthy:true",
    "healthy:false",
    "owner:bob healthy:false",
    "healthy:true has-agent:connected",
  ])("%s", (q) => {
    for (const seed of SEEDS.slice(0, 10)) {
      const r = rng(seed);
      // Only today's full shapes: the oracle reads coderd's required fields.
      const fleet = Array.from({ length: 150 }, (_, i) => genWorkspace(r, "today", i));
      const server = parseWorkspaceQuery(serverQuery(parseQuery(q)), dir);
      if (!server.ok) throw new Error(JSON.stringify(server.validations));
      const answered = new Set(
        fleet.filter((w) =>
          matchesQuery(
            {
              workspace: w,
              deleted: false,
              hidden: {
                parameters: [],
                sharedWithUsers: [],
                sharedWithGroups: [],
                hasAITask: false,
              },
            } as unknown as SearchableWorkspace,
            server.value,
          ),
        ),
      );
      const shown = rowsFor(fleet, q);
      expect(shown.filter((w) => !answered.has(w))).toEqual([]);
    }
  });
});

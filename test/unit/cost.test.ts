import { describe, expect, test } from "vitest";
import { knownCost, MAX_DAILY_COST, unknownCostWhy } from "../../src/domain/cost";
import { exportRows, toCsv } from "../../src/domain/export";
import { sortWorkspaces } from "../../src/domain/listView";
import { fleetOverview } from "../../src/domain/overview";
import { NOW, ws } from "../craftedTriage";

const withCost = (name: string, daily_cost: number) =>
  ws({ name, status: "stopped", since: 1000, build: { daily_cost } });

describe("absurd costs are unknown", () => {
  test("non-finite, negative, absurdly large and missing costs are unknown", () => {
    expect(knownCost(3)).toBe(3);
    expect(knownCost(0)).toBe(0);
    expect(knownCost(undefined)).toBeUndefined();
    expect(knownCost(MAX_DAILY_COST)).toBe(MAX_DAILY_COST);
    for (const bad of [1.7e308, Infinity, -Infinity, NaN, -5, MAX_DAILY_COST + 1]) {
      expect(knownCost(bad)).toBeUndefined();
    }
    expect(unknownCostWhy(1.7e308)).toBe(
      "Unknown: coderd sent 1.70e+308, which is not a daily cost in credits",
    );
    expect(unknownCostWhy(-5)).toContain("sent -5,");
    expect(unknownCostWhy(undefined)).toBe("Unknown: coderd sent no usable daily cost");
  });

  test("totals skip unknown costs and count them", () => {
    const overview = fleetOverview([
      withCost("a", 3),
      withCost("huge", 1.7e308),
      withCost("huge-2", 1.7e308),
      withCost("negative", -40),
      withCost("b", 7),
    ] as never[]);
    expect(overview).toMatchObject({ dailyCost: 10, unknownCosts: 3 });
  });

  test("export leaves an unknown cost empty (null in JSON); sorting puts it below every known one", () => {
    const list = [withCost("a", 3), withCost("huge", 1.7e308), withCost("free", 0)] as never[];
    expect(
      exportRows(list, { now: NOW, appRoot: "https://dash.example/" }).map((r) => r.daily_cost),
    ).toEqual([3, null, 0]);
    expect(toCsv(exportRows(list, { now: NOW, appRoot: "https://dash.example/" }))).not.toContain(
      "e+308",
    );
    const names = (l: { name?: string }[]) => l.map((w) => w.name);
    expect(names(sortWorkspaces(list, "cost", "desc"))).toEqual(["a", "free", "huge"]);
  });
});

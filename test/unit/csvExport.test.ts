import { describe, expect, test } from "vitest";
import { csvCell, toCsv, type ExportRow } from "../../src/domain/export";

// OWASP's CSV-injection rule: nothing a server sends may reach a spreadsheet as a formula or as
// an extra cell, whatever the spreadsheet's separator.

describe("CSV cells are neutralised and quoted", () => {
  test.each([
    ["a leading space", " =1+1", "' =1+1"],
    ["a no-break space", "\u00a0=1+1", "'\u00a0=1+1"],
    ["a byte-order mark", "\ufeff=1+1", "'\ufeff=1+1"],
    ["a zero-width space", "\u200b+1", "'\u200b+1"],
    ["an Arabic letter mark", "\u061c@SUM(A1)", "'\u061c@SUM(A1)"],
    ["a right-to-left override", "\u202e-2+3", "'\u202e-2+3"],
    ["a full-width equals sign", "\uff1d1+1", "'\uff1d1+1"],
    ["a full-width plus, minus and at", "\uff0b1", "'\uff0b1"],
    ["a full-width minus", "\uff0d1", "'\uff0d1"],
    ["a full-width at", "\uff20SUM(A1)", "'\uff20SUM(A1)"],
    ["spaces and invisibles together", " \u200b\u00a0=cmd", "' \u200b\u00a0=cmd"],
  ])("%s before a formula gets the apostrophe", (_, value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  test("a leading TAB or CR is neutralised and quoted", () => {
    expect(csvCell("\t=1+1")).toBe(`"'\t=1+1"`);
    expect(csvCell("\r=1+1")).toBe(`"'\r=1+1"`);
  });

  test("a semicolon or TAB inside a cell is quoted, so no locale splits it into a formula", () => {
    expect(csvCell("Error: boom;=cmd|' /C calc'!A0")).toBe(`"Error: boom;=cmd|' /C calc'!A0"`);
    expect(csvCell("a\t=1+1")).toBe(`"a\t=1+1"`);
    expect(csvCell("line\rbreak")).toBe(`"line\rbreak"`);
  });

  test("plain text, names with inner signs, and numbers pass as they are", () => {
    expect(csvCell("dev-box")).toBe("dev-box");
    expect(csvCell("alice@example.com")).toBe("alice@example.com");
    expect(csvCell("Ünïcode ☃")).toBe("Ünïcode ☃");
    expect(csvCell(12)).toBe("12");
    expect(csvCell(false)).toBe("false");
  });

  test("for the clipboard, tabs become spaces: a paste never starts a new cell", () => {
    expect(csvCell("a\t=1+1", { tabsAsSpaces: true })).toBe("a =1+1");
    expect(csvCell("\t=1+1", { tabsAsSpaces: true })).toBe("' =1+1");
    const row: ExportRow = {
      id: "",
      name: "x\t=1+1",
      url: "",
      owner: "bob",
      template: "t",
      status: "Running",
      health: "",
      triage: "",
      time_in_state: "",
      time_in_state_seconds: null,
      last_used: "",
      outdated: false,
      daily_cost: 1,
      failure: "",
    };
    const copied = toCsv([row], { tabsAsSpaces: true });
    expect(copied).not.toContain("\t");
    expect(copied.split("\r\n")[1]).toBe(",x =1+1,,bob,t,Running,,,,,,false,1,");
    expect(toCsv([row]).split("\r\n")[1]).toBe(`,"x\t=1+1",,bob,t,Running,,,,,,false,1,`);
  });
});

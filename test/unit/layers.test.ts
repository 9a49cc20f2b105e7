import { Linter } from "eslint";
import tseslint from "typescript-eslint";
import { describe, expect, test } from "vitest";
import { layerRules, oracleRules } from "../../eslint.config.js";

// The import direction is a lint rule; this proves it bites: an import that points up fails.
const linter = new Linter({ configType: "flat" });
const config: Linter.Config[] = [
  { files: ["**/*.ts"], languageOptions: { parser: tseslint.parser } },
  { plugins: { "@typescript-eslint": tseslint.plugin } },
  ...layerRules,
  oracleRules,
];

function errors(filename: string, code: string): string[] {
  return linter.verify(code, config, { filename }).map((m) => m.message);
}

describe("imports point down", () => {
  test.each([
    ["src/domain/health.ts", 'import { workspaceKeys } from "../api/queries";'],
    ["src/domain/query/parse.ts", 'import { apiGet } from "../../api/transport/client";'],
    ["src/coderd/schemas.ts", 'import { parseTime } from "../domain/time";'],
    ["src/api/queries.ts", 'import { StatusBadge } from "../components/StatusBadge";'],
    ["src/components/Tag.tsx", 'import { theme } from "../app/theme";'],
    ["src/pages/workspaces/FilterBar.tsx", 'import { queryClient } from "../../app/queryClient";'],
  ])("%s may not import upward: %s", (file, code) => {
    expect(errors(file, code)).toEqual([expect.stringMatching(/imports point down/)]);
  });

  test.each([
    ["src/domain/health.ts", 'import type { Workspace } from "../coderd/schemas";'],
    ["src/api/queries.ts", 'import { tidyQuery } from "../domain/query/edit";'],
    ["src/pages/workspaces/FilterBar.tsx", 'import { useNow } from "../../components/useNow";'],
    ["src/app/routes.tsx", 'import { workspacePage } from "../pages/workspace/detailPage";'],
  ])("%s may import downward: %s", (file, code) => {
    expect(errors(file, code)).toEqual([]);
  });

  test("an oracle takes the wire types, never runtime code, from src", () => {
    expect(
      errors("mocks/wire.ts", 'import type { Workspace } from "../src/coderd/schemas";'),
    ).toEqual([]);
    expect(
      errors("mocks/wire.ts", 'import { parseQuery } from "../src/domain/query/parse";'),
    ).toEqual([expect.stringMatching(/no runtime code/)]);
  });
});

import js from "@eslint/js";
import pluginQuery from "@tanstack/eslint-plugin-query";
import jsxA11y from "eslint-plugin-jsx-a11y";
import reactHooks from "eslint-plugin-react-hooks";
import testingLibrary from "eslint-plugin-testing-library";
import globals from "globals";
import tseslint from "typescript-eslint";

// The floors of src/, from the ground up: a room imports only from the rooms below it. The server
// code (Node, for the dev/preview proxy and index.html) builds on the api's request builder.
export const LAYERS = ["coderd", "domain", "api", "components", "pages", "app"];
const ABOVE = {
  coderd: ["domain", "api", "components", "pages", "app", "server"],
  domain: ["api", "components", "pages", "app", "server"],
  api: ["components", "pages", "app", "server"],
  components: ["pages", "app", "server"],
  pages: ["app", "server"],
  app: ["server"],
  server: ["components", "pages", "app"],
};

/**
 * One config block a room: an import into a room above it fails lint.
 * @type {import("eslint").Linter.Config[]}
 */
export const layerRules = Object.entries(ABOVE).map(([room, above]) => ({
  files: [`src/${room}/**/*.{ts,tsx}`],
  rules: {
    "no-restricted-imports": [
      "error",
      {
        patterns: above.map((up) => ({
          group: [`**/${up}/**`, `../${up}`, `../../${up}`],
          message: `src/${room} sits below src/${up}: imports point down (README, Architecture).`,
        })),
      },
    ],
  },
}));

// The mocks and the fakes are oracles of coderd's behaviour: they may share the app's wire types
// (type-only, so a forgotten field fails tsc) but no runtime code, or the app's mistakes pass as truth.
/** @type {import("eslint").Linter.Config} */
export const oracleRules = {
  files: [
    "mocks/**/*.ts",
    "test/fake-coderd/**/*.ts",
    "test/bench/coderd.ts",
    "test/bench/server.ts",
  ],
  rules: {
    "no-restricted-imports": "off",
    "@typescript-eslint/no-restricted-imports": [
      "error",
      {
        patterns: [
          {
            group: ["**/src/**"],
            allowTypeImports: true,
            message: "An oracle imports no runtime code from src/ (type-only imports are fine).",
          },
        ],
      },
    ],
  },
};

export default tseslint.config(
  {
    ignores: [
      "dist",
      "dist-demo",
      "public/mockServiceWorker.js",
      "test-results",
      "bench-results",
      "node_modules",
      ".scratch",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/restrict-template-expressions": [
        "error",
        { allowNumber: true, allowBoolean: true },
      ],
      "@typescript-eslint/no-confusing-void-expression": "off",
      "@typescript-eslint/no-unnecessary-condition": [
        "error",
        { allowConstantLoopConditions: true },
      ],
    },
  },
  ...pluginQuery.configs["flat/recommended"],
  { files: ["src/**/*.tsx"], ...jsxA11y.flatConfigs.recommended },
  { files: ["test/unit/**", "test/integration/**"], ...testingLibrary.configs["flat/react"] },
  { files: ["**/*.js", "**/*.mjs"], ...tseslint.configs.disableTypeChecked },
  ...layerRules,
  oracleRules,
);

import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

// The layering (docs/decisions/0045-layering-held-by-lint.md): app/ → components/ → lib/, and
// only tests import tests/. One pattern per layer a file must not reach, by alias or by path.
const layer = (name, message) => ({ regex: `^(@/|(\\.\\./)+)${name}(/|$)`, message });
const noApp = layer("app", "app/ holds routes; only tests import them. Move what you need into lib/ or components/, or pass it as a prop.");
const noComponents = layer("components", "lib/ is below the UI: return data and let components/ render it.");
const noTests = layer("tests", "tests/ is test support: application code must not depend on it.");
const restrictImports = (...patterns) => ({ "no-restricted-imports": ["error", { patterns }] });

// Test code: may import anything. The bench and the e2e server/test runners drive the app the
// way tests do (a solved proof of work, the throwaway test database), so they count as tests.
const testCode = ["**/*.test.ts", "**/*.test.tsx", "tests/**", "e2e/**", "bench/**", "scripts/e2e*.ts", "scripts/test.ts"];
// Read the environment only through lib/env.ts (serverEnv) and lib/public-env.ts (publicEnv).
// Exempt: test code, the command-line scripts, config files Next/Prisma/Vitest/Playwright load
// themselves, and the boot path that writes the environment before anything parses it.
const environmentReaders = [
  ...testCode,
  "lib/env.ts",
  "lib/public-env.ts",
  "lib/local/**",
  "lib/db/resolve-database.ts",
  "scripts/**",
  "*.config.ts",
  "*.config.mjs",
  "instrumentation.ts",
];

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  globalIgnores([".next/**", ".data/**", "node_modules/**", "lib/db/generated/**", "public/vendor/**", "next-env.d.ts", "test-results/**", "playwright-report/**", "bench/baseline-next/.next/**", "bench/results/**"]),
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "no-console": ["error", { allow: ["warn", "error"] }],
      eqeqeq: ["error", "always"],
    },
  },
  { files: ["lib/**"], ignores: testCode, rules: restrictImports(noApp, noComponents, noTests) },
  { files: ["lib/**/*.test.ts"], rules: restrictImports(noApp) },
  { files: ["components/**"], ignores: testCode, rules: restrictImports(noApp, noTests) },
  { files: ["components/**/*.test.ts"], rules: restrictImports(noApp) },
  { files: ["app/**", "*.ts", "scripts/**"], ignores: testCode, rules: restrictImports(noTests) },
  {
    ignores: environmentReaders,
    rules: {
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "Read configuration through serverEnv() (lib/env.ts) or publicEnv() (lib/public-env.ts)." },
      ],
    },
  },
  {
    // One registry of process singletons (lib/lifecycle/process-singleton.ts). Exempt: libraries
    // that define their own globals (Prisma's WebAssembly engine, ALTCHA's widget).
    ignores: [...testCode, "scripts/**", "lib/lifecycle/process-singleton.ts", "lib/db/migrations/load-schema-engine.ts", "components/pledge/load-altcha.ts"],
    rules: {
      "no-restricted-globals": ["error", { name: "globalThis", message: "Keep one instance per process with processSingleton() (lib/lifecycle/process-singleton.ts)." }],
    },
  },
  {
    // Command-line scripts and tests talk to a terminal.
    files: ["scripts/**", "prisma/**", "e2e/**", "bench/**", "**/*.test.ts", "vitest.*.ts", "playwright.config.ts"],
    rules: { "no-console": "off" },
  },
]);

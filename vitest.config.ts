import path from "node:path";
import { configDefaults, defineConfig } from "vitest/config";

// Two projects, one run: `vitest run` runs both (npm test counts every test), `--project unit`
// runs the tests that need no database in seconds. A test that uses PostgreSQL is named
// *.integration.test.ts (docs/decisions/0045-layering-held-by-lint.md).
const testFolders = "{lib,components,tests,scripts,bench}";
const integrationTests = `${testFolders}/**/*.integration.test.ts`;

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      "server-only": path.resolve(import.meta.dirname, "tests/setup/server-only-stub.ts"),
    },
  },
  test: {
    environment: "node",
    pool: "forks",
    testTimeout: 30_000,
    hookTimeout: 60_000,
    passWithNoTests: false,
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: [`${testFolders}/**/*.test.ts`],
          exclude: [...configDefaults.exclude, integrationTests],
          setupFiles: ["tests/setup/unit-environment.ts", "tests/setup/fail-on-console-error.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: [integrationTests],
          // One PostgreSQL server and migrated template per run; a database per worker.
          globalSetup: ["tests/setup/global-setup.ts"],
          setupFiles: ["tests/setup/worker-database.ts", "tests/setup/fail-on-console-error.ts"],
        },
      },
    ],
  },
});

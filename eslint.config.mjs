import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

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
  {
    // Command-line scripts and tests talk to a terminal.
    files: ["scripts/**", "prisma/**", "e2e/**", "bench/**", "**/*.test.ts", "vitest.*.ts", "playwright.config.ts"],
    rules: { "no-console": "off" },
  },
]);

import { afterEach, vi } from "vitest";

// Both projects (vitest.config.ts). A console.error during a test is a bug we would otherwise miss (epic-stack's rule).
let consoleErrors: unknown[][] = [];
const originalError = console.error;
console.error = (...args: unknown[]) => {
  consoleErrors.push(args);
  originalError(...args);
};
afterEach(() => {
  const errors = consoleErrors;
  consoleErrors = [];
  vi.restoreAllMocks();
  if (errors.length) throw new Error(`console.error was called during the test: ${String(errors[0]?.[0])}`);
});

import { defineConfig, devices } from "@playwright/test";
import { chromiumPath } from "./scripts/lib/chromium";

// End-to-end tests drive Debian's Chromium against the production build, served by
// scripts/e2e-server.ts on a database of its own (never your development data).
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;
// A second instance on the same database (scripts/e2e-server.ts); specs reach it through this
// variable, which the test workers inherit.
const secondPort = Number(process.env.E2E_SECOND_PORT ?? port + 1);
process.env.E2E_SECOND_PORT = String(secondPort);

export default defineConfig({
  testDir: "e2e",
  // One worker: tests assert exact changes of the public count, which parallel signers would blur.
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  // On CI one retry: a test that fails and then passes is reported by name as flaky in the
  // summary of `npm test` (never silently), and does not throw away a whole run of a shared,
  // noisy machine. Locally none, so a flake shows up where it can be debugged (ADR 0048).
  retries: process.env.CI ? 1 : 0,
  // Journeys sign in, send mail and wait for the aggregator; shared CI machines are slow and noisy.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: ".test-reports/e2e.json" }]],
  use: {
    baseURL,
    // Recorded for the retry of a failed test (CI), not for every test: recording each one cost
    // about a tenth of the suite's time (docs/decisions/0048). Locally: --trace on.
    trace: "on-first-retry",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: chromiumPath,
          args: [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
          ],
        },
      },
    },
  ],
  webServer: {
    command: "npx tsx --conditions=react-server scripts/e2e-server.ts",
    url: `${baseURL}/api/health`,
    timeout: 300_000,
    // E2E_REUSE_SERVER=1 lets you keep `npx tsx --conditions=react-server scripts/e2e-server.ts` running while debugging.
    reuseExistingServer: process.env.E2E_REUSE_SERVER === "1",
    stdout: "pipe",
    stderr: "pipe",
    env: { E2E_PORT: String(port), E2E_SECOND_PORT: String(secondPort) },
    // Let the server stop the web process and its database cleanly instead of SIGKILL.
    gracefulShutdown: { signal: "SIGTERM", timeout: 20_000 },
  },
});

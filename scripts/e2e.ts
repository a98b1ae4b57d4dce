// `npm run test:e2e`: make sure a browser is there, then run Playwright (which starts
// scripts/e2e-server.ts on its own database and port).
import { createRequire } from "node:module";
import { ensureChromium } from "./lib/chromium";
import { run } from "./lib/processes";

const require = createRequire(import.meta.url);

try {
  ensureChromium();
  await run(process.execPath, [require.resolve("@playwright/test/cli"), "test", ...process.argv.slice(2)]);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}

import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

// Browser tests use Debian's Chromium: Playwright's own browser download is not reachable from
// our build machines. See docs/decisions/0004-debian-chromium-for-browser-tests.md.
export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export function ensureChromium(): void {
  if (existsSync(chromiumPath)) return;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (!isRoot) {
    throw new Error(
      `Chromium is not installed at ${chromiumPath}. Install it with: sudo apt-get install -y chromium ` +
        "(or set CHROMIUM_PATH to an existing Chromium or Chrome binary).",
    );
  }
  console.log("Installing Chromium with apt-get (needed once for the browser tests)…");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
  execFileSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", "chromium", "fonts-dejavu-core"], { stdio: "inherit", env });
  if (!existsSync(chromiumPath)) throw new Error(`apt-get finished but ${chromiumPath} is still missing`);
}

import { rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

// Where the e2e server leaves its database URL for the specs that must store rows no page can
// create (pledges with the abuse checks' network hashes, e2e/support/e2e-database.ts). One file
// per port, so parallel runs on other ports do not meet; readable by this user only, removed on exit.
export function e2eDatabaseFile(port: number): string {
  return path.join(os.tmpdir(), `solidarity-pledge-e2e-${port}.url`);
}

export function publishE2eDatabaseUrl(port: number, url: string): () => void {
  const file = e2eDatabaseFile(port);
  writeFileSync(file, url, { mode: 0o600 });
  return () => rmSync(file, { force: true });
}

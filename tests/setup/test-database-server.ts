import { randomBytes } from "node:crypto";
import os from "node:os";
import path from "node:path";
import { startEmbeddedPostgres, type RunningDatabase } from "@/lib/db/embedded-postgres";

// The PostgreSQL server tests use: TEST_DATABASE_URL when set (its host must be local: tests
// create and drop databases), else a throwaway embedded cluster in a temporary directory.

const localHosts = new Set(["localhost", "127.0.0.1", "::1", "[::1]"]);

export async function startTestDatabaseServer(): Promise<RunningDatabase> {
  const configured = process.env.TEST_DATABASE_URL?.trim();
  if (configured) {
    const host = new URL(configured).hostname;
    if (!localHosts.has(host)) {
      throw new Error(`Refusing to run tests against the non-local database host "${host}" (TEST_DATABASE_URL).`);
    }
    return { url: configured, stop: async () => {} };
  }
  return startEmbeddedPostgres({
    directory: path.join(os.tmpdir(), `solidarity-pledge-test-${process.pid}-${randomBytes(4).toString("hex")}`),
    password: randomBytes(12).toString("base64url"),
    persistent: false,
  });
}

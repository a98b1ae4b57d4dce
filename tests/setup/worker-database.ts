import { createHash, randomBytes } from "node:crypto";
import { beforeAll, inject } from "vitest";
import { withDatabase } from "@/lib/db/resolve-database";
import { withAdminClient } from "./template-database";

// Runs in every worker before its test files: gives the worker its own copy of the migrated
// template, so tests run in parallel and never see each other's rows, and sets the keys and
// URL that lib/env.ts reads. Worker databases are dropped with the server at the end of the run.

const serverUrl = inject("testServerUrl");
const template = inject("templateDatabase");
const workerDatabase = `sp_test_${inject("runId")}_${process.env.VITEST_POOL_ID ?? "0"}`;

process.env.DATABASE_URL = withDatabase(serverUrl, workerDatabase);
process.env.TEST_SERVER_URL = serverUrl;
// One key per worker database, not per test file: files that share the database run in fresh
// processes, and a job or row left by one file must stay readable for the next (a worker that
// runs due jobs would otherwise fail on another file's pledges).
const keyFor = (purpose: string) => createHash("sha256").update(`${purpose}:${workerDatabase}`).digest("base64");
process.env.ENCRYPTION_KEY ||= keyFor("encryption-key");
process.env.HASH_KEY ||= keyFor("hash-key");
process.env.AUTH_SECRET ||= randomBytes(32).toString("base64");
process.env.LOG_SIGNING_KEY ||= keyFor("log-signing-key");
process.env.CAMPAIGN_SLUG ||= "test-campaign";

beforeAll(async () => {
  await withAdminClient(serverUrl, async (client) => {
    const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [workerDatabase]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${workerDatabase}" TEMPLATE "${template}"`);
  });
});

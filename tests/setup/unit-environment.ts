// The unit project's environment (vitest.config.ts): the keys and settings lib/env.ts reads, and
// no database. DATABASE_URL points at a port nothing listens on, so a test that reaches
// PostgreSQL fails at once ("ECONNREFUSED 127.0.0.1:1") rather than depending on a server that
// happens to be running: rename it *.integration.test.ts and it gets a database of its own.
import { createHash } from "node:crypto";

const keyFor = (purpose: string) => createHash("sha256").update(`unit:${purpose}`).digest("base64");

process.env.DATABASE_URL = "postgresql://unit-tests-have-no-database@127.0.0.1:1/none";
process.env.ENCRYPTION_KEY ||= keyFor("encryption-key");
process.env.HASH_KEY ||= keyFor("hash-key");
process.env.AUTH_SECRET ||= keyFor("auth-secret");
process.env.LOG_SIGNING_KEY ||= keyFor("log-signing-key");
process.env.CAMPAIGN_SLUG ||= "test-campaign";

import { randomBytes } from "node:crypto";
import { hashToken } from "@/lib/pledges/pledge-tokens";
import type { BenchEnvironment } from "./bench-environment";
import { INSERT_PLEDGE_ROW, pledgeRowValues } from "./pledge-row";

// PENDING pledges with a confirmation token each, made before a confirmation run: the token is
// what the supporter's email link carries, so the run confirms through the app's own
// confirmPledge exactly as the link's POST does.

export async function createPendingPledges(env: BenchEnvironment, count: number): Promise<string[]> {
  const tokens: string[] = [];
  const client = await env.database.pool.connect();
  try {
    await client.query("BEGIN");
    for (let i = 0; i < count; i += 1) {
      const token = randomBytes(32).toString("base64url");
      await client.query(
        `WITH p AS (${INSERT_PLEDGE_ROW} RETURNING "id")
         INSERT INTO "PledgeToken" ("id", "pledgeId", "purpose", "tokenHash", "expiresAt")
         SELECT gen_random_uuid(), p."id", 'CONFIRM', $6, now() + interval '7 days' FROM p`,
        [...pledgeRowValues(env.campaignId, i), hashToken(token)],
      );
      tokens.push(token);
    }
    await client.query("COMMIT");
  } finally {
    client.release();
  }
  return tokens;
}

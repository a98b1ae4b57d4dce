import { randomBytes } from "node:crypto";
import { hashToken } from "@/lib/pledges/pledge-tokens";
import type { BenchEnvironment } from "./bench-environment";

// PENDING pledges with a confirmation token each, made before a confirmation run (one statement
// for all of them): the token is what the supporter's email link carries, so the run confirms
// through the app's own confirmPledge exactly as the link's POST does. No sensitive country (BY):
// its confirmations reach the public total only in coarse steps, up to 90 minutes later
// (docs/decisions/0032-…), and the runs measure how soon each confirmation is counted.

const CREATE_SQL = `
  WITH t AS (SELECT hash, i FROM unnest($2::text[]) WITH ORDINALITY AS u(hash, i)),
  p AS (
    INSERT INTO "Pledge" ("id", "campaignId", "status", "nameEncrypted", "emailEncrypted", "emailHash", "country",
                          "displayMode", "locale", "consentProcessing", "confirmationEmailsSent", "updatedAt")
    SELECT gen_random_uuid(), $1, 'PENDING', 'v1.' || md5(hash) || md5(hash || 'n'), 'v1.' || md5(hash) || md5(hash || 'e') || md5(hash || 'f'),
           hash, (ARRAY['DE','PL','LT','CZ','FR','GB','US','UA'])[1 + i % 8], 'FIRST_NAME_INITIAL', 'en', true, 1, now()
    FROM t RETURNING "id", "emailHash")
  INSERT INTO "PledgeToken" ("id", "pledgeId", "purpose", "tokenHash", "expiresAt")
  SELECT gen_random_uuid(), p."id", 'CONFIRM', p."emailHash", now() + interval '7 days' FROM p`;

export async function createPendingPledges(env: BenchEnvironment, count: number): Promise<string[]> {
  const tokens = Array.from({ length: count }, () => randomBytes(32).toString("base64url"));
  // The token's hash doubles as the (random, unique) email hash of its pledge.
  await env.database.pool.query(CREATE_SQL, [env.campaignId, tokens.map(hashToken)]);
  return tokens;
}

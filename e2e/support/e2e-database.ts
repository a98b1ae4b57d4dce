import { createHash, randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import pg from "pg";
import { e2eDatabaseFile } from "../../scripts/lib/e2e-database-file";

// Rows the pages cannot create, written straight to the e2e server's database (its URL is left
// by scripts/e2e-server.ts): pledges carrying the abuse checks' columns, and organisers added
// the way `npm run organiser -- add` adds them.

const CAMPAIGN_SLUG = "e2e-campaign";

async function withClient<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const url = readFileSync(e2eDatabaseFile(Number(process.env.E2E_PORT ?? 3100)), "utf8");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * What the public count must reach: the e2e campaign's confirmed pledges outside its sensitive
 * countries, straight from the table, plus the sensitive countries' published figures (those are
 * released in coarse, randomly timed steps: docs/decisions/0032-…).
 */
export async function confirmedPledgeCount(): Promise<number> {
  return withClient(async (client) => {
    const { rows } = await client.query<{ count: string }>(
      `SELECT (SELECT count(*) FROM "Pledge" p WHERE p."campaignId" = c.id AND p.status = 'CONFIRMED' AND NOT (p.country = ANY(c."sensitiveCountries")))
            + (SELECT coalesce(sum(t.published), 0) FROM "CoarseCountryTally" t WHERE t."campaignId" = c.id) AS "count"
       FROM "Campaign" c WHERE c.slug = $1`,
      [CAMPAIGN_SLUG],
    );
    return Number(rows[0]!.count);
  });
}

/** A country's true count as the aggregator folded it (never public for a sensitive country). */
export async function foldedCountryCount(country: string): Promise<number> {
  return withClient(async (client) => {
    const { rows } = await client.query<{ count: number }>(
      `SELECT coalesce((SELECT t.count FROM "CountryTally" t WHERE t."campaignId" = c.id AND t.country = $2), 0) AS "count" FROM "Campaign" c WHERE c.slug = $1`,
      [CAMPAIGN_SLUG, country],
    );
    return Number(rows[0]!.count);
  });
}

export const randomNetworkHash = () => randomBytes(32).toString("base64url");

/** Pledges confirmed just now (or held for review), as the pledge flow stores them after the abuse checks. */
export async function insertPledges(count: number, source: { networkHash?: string; emailDomain?: string; country?: string; status?: "CONFIRMED" | "PENDING_REVIEW"; reviewReason?: string }): Promise<void> {
  await withClient((client) =>
    client.query(
      `INSERT INTO "Pledge" ("id", "campaignId", "status", "emailHash", "country", "locale", "consentProcessing", "networkHash", "networkHashedAt", "emailDomain", "reviewReason", "confirmedAt", "updatedAt")
       SELECT gen_random_uuid(), c.id, $2::"PledgeStatus", md5(random()::text), $3, 'en', true, $4, now(), $5, $6, now(), now()
       FROM "Campaign" c, generate_series(1, $1) WHERE c.slug = $7`,
      [count, source.status ?? "CONFIRMED", source.country ?? "NZ", source.networkHash ?? null, source.emailDomain ?? null, source.reviewReason ?? null, CAMPAIGN_SLUG],
    ),
  );
}

/**
 * Confirmed pledges each carrying a message waiting for moderation ("<prefix> 001", "<prefix> 002",
 * …, created one millisecond apart so the queue's oldest-first order is the numbering).
 */
export async function insertPledgesWithMessages(count: number, prefix: string): Promise<void> {
  await withClient((client) =>
    client.query(
      `INSERT INTO "Pledge" ("id", "campaignId", "status", "emailHash", "country", "locale", "consentProcessing", "message", "messageStatus", "confirmedAt", "createdAt", "updatedAt")
       SELECT gen_random_uuid(), c.id, 'CONFIRMED', md5(random()::text), 'CZ', 'en', true, $2 || ' ' || lpad(n::text, 3, '0'), 'PENDING',
              now(), now() - interval '1 hour' + n * interval '1 millisecond', now()
       FROM "Campaign" c, generate_series(1, $1) AS n WHERE c.slug = $3`,
      [count, prefix, CAMPAIGN_SLUG],
    ),
  );
}

/** A pledge the abuse checks held for review (PENDING_REVIEW, not counted) with a waiting message. */
export async function insertHeldPledgeWithMessage(message: string): Promise<void> {
  await withClient((client) =>
    client.query(
      `INSERT INTO "Pledge" ("id", "campaignId", "status", "emailHash", "country", "locale", "consentProcessing", "message", "messageStatus", "reviewReason", "confirmedAt", "updatedAt")
       SELECT gen_random_uuid(), c.id, 'PENDING_REVIEW', md5(random()::text), 'CZ', 'en', true, $1, 'PENDING', 'rate_limited', now(), now()
       FROM "Campaign" c WHERE c.slug = $2`,
      [message, CAMPAIGN_SLUG],
    ),
  );
}

/** How many messages starting with `prefix` are in each moderation state. */
export async function messageStatusCounts(prefix: string): Promise<Record<string, number>> {
  return withClient(async (client) => {
    const { rows } = await client.query<{ state: string; n: number }>(
      `SELECT "messageStatus"::text || CASE WHEN "messageFeatured" THEN '+featured' ELSE '' END AS state, count(*)::int AS n
       FROM "Pledge" WHERE "message" LIKE $1 || ' %' GROUP BY 1`,
      [prefix],
    );
    return Object.fromEntries(rows.map((row) => [row.state, row.n]));
  });
}

export async function addOrganiserRow(email: string, role: "ADMIN" | "MODERATOR" | "VIEWER"): Promise<void> {
  await withClient((client) => client.query(`INSERT INTO "User" ("id", "email", "role") VALUES (gen_random_uuid(), $1, $2::"OrganiserRole")`, [email, role]));
}

/** The stored state of the pledge a confirmation link belongs to (the link's token, hashed as stored). */
export async function pledgeOfConfirmLink(link: string): Promise<{ status: string; reviewReason: string | null }> {
  const token = link.split("/").at(-1) ?? "";
  const tokenHash = createHash("sha256").update(token, "utf8").digest("base64url");
  return withClient(async (client) => {
    const { rows } = await client.query<{ status: string; reviewReason: string | null }>(
      `SELECT p."status", p."reviewReason" FROM "PledgeToken" t JOIN "Pledge" p ON p."id" = t."pledgeId" WHERE t."tokenHash" = $1`,
      [tokenHash],
    );
    if (!rows[0]) throw new Error(`no pledge for the confirmation link ${link}`);
    return rows[0];
  });
}

/** One email in the development mailbox, as the mailer would leave it; returns its id. */
export async function insertDevMailboxMessage(to: string): Promise<string> {
  return withClient(async (client) => {
    const { rows } = await client.query<{ id: string }>(
      `INSERT INTO "DevMailboxMessage" ("id", "to", "subject", "text", "html", "locale") VALUES (gen_random_uuid(), $1, 'Sign in', 'http://localhost/link', '', 'en') RETURNING "id"`,
      [to],
    );
    return rows[0]!.id;
  });
}

/** The whole stored row of the pledge an emailed link (confirm or withdraw) belongs to, and its audit entries' details. */
export async function pledgeRowOfLink(link: string): Promise<{ row: Record<string, unknown>; auditDetails: unknown[] }> {
  const token = link.split("/").at(-1) ?? "";
  const tokenHash = createHash("sha256").update(token, "utf8").digest("base64url");
  return withClient(async (client) => {
    const { rows } = await client.query(`SELECT p.* FROM "PledgeToken" t JOIN "Pledge" p ON p."id" = t."pledgeId" WHERE t."tokenHash" = $1`, [tokenHash]);
    if (!rows[0]) throw new Error(`no pledge for the link ${link}`);
    const audit = await client.query(`SELECT "details" FROM "AuditLogEntry" WHERE "targetType" = 'pledge' AND "targetId" = $1 ORDER BY "id"`, [rows[0].id]);
    return { row: rows[0] as Record<string, unknown>, auditDetails: audit.rows.map((entry) => entry.details as unknown) };
  });
}

/** Every pledge row of the e2e campaign, whatever its status: a refused request must add none. */
export async function pledgeRowCount(): Promise<number> {
  return withClient(async (client) => {
    const { rows } = await client.query<{ count: string }>(`SELECT count(*) FROM "Pledge" p JOIN "Campaign" c ON c.id = p."campaignId" WHERE c.slug = $1`, [CAMPAIGN_SLUG]);
    return Number(rows[0]!.count);
  });
}

/** Sets the e2e campaign's anomaly threshold (confirmations per hour from one source). */
export async function setAnomalyThreshold(threshold: number): Promise<void> {
  await withClient((client) => client.query(`UPDATE "Campaign" SET "anomalyThreshold" = $1 WHERE slug = $2`, [threshold, CAMPAIGN_SLUG]));
}

/**
 * What the CRM push would have left for a supporter who was sent and then withdrew (ADR 0053):
 * the push record with the CRM's identifier and two lines of the push log. Returns the pledge id.
 */
export async function insertWithdrawnCrmPush(identifier: string): Promise<string> {
  return withClient(async (client) => {
    const { rows } = await client.query<{ pledgeId: string }>(
      `WITH c AS (SELECT id FROM "Campaign" WHERE slug = $1), p AS (
         INSERT INTO "CrmPush" ("pledgeId", "campaignId", "state", "osdiIdentifier", "queuedAt", "pushedAt", "withdrawnAt", "unsubscribedAt")
         SELECT gen_random_uuid(), c.id, 'PUSHED', $2, now(), now(), now(), now() FROM c RETURNING "pledgeId", "campaignId")
       INSERT INTO "CrmPushAttempt" ("campaignId", "pledgeId", "kind", "outcome", "httpStatus", "error", "osdiIdentifier")
       SELECT p."campaignId", p."pledgeId", v.kind::"CrmRequestKind", v.outcome::"CrmAttemptOutcome", v.status, v.error, v.identifier
       FROM p, (VALUES ('SIGNUP', 'FAILED', 401, 'http_401', NULL), ('SIGNUP', 'PUSHED', 200, NULL, $2)) AS v(kind, outcome, status, error, identifier)
       RETURNING "pledgeId"`,
      [CAMPAIGN_SLUG, identifier],
    );
    return rows[0]!.pledgeId;
  });
}

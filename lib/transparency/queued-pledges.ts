import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { Prisma } from "@/lib/db/generated/client";
import type { LeafToAppend } from "./append-leaves";
import { commitmentInput } from "./receipt-code";

interface QueuedRow {
  id: string;
  country: string;
  secret: string | null;
}

/**
 * Confirmed pledges of a campaign that have no leaf yet, either outside or inside its sensitive
 * countries, as pledge leaves ready to append. Rows another transaction is changing right now
 * (a withdrawal in flight) are skipped and come back next tick; the rest stay locked until the
 * tick commits, so a pledge cannot stop counting between being read and getting its leaf.
 * Pledges confirmed before the log existed get their secret here (they were never shown one).
 */
export async function queuedPledges(
  tx: Prisma.TransactionClient,
  campaignId: string,
  countries: { sensitive: string[]; inside: boolean },
  limit: number,
): Promise<Extract<LeafToAppend, { kind: "pledge" }>[]> {
  const rows = await tx.$queryRaw<QueuedRow[]>`
    SELECT "id", "country", encode("logSecret", 'hex') AS "secret" FROM "Pledge"
    WHERE "campaignId" = ${campaignId}::uuid AND "status" = 'CONFIRMED' AND "logLeafIndex" IS NULL
      AND ("country" = ANY(${countries.sensitive}::text[])) = ${countries.inside}
    LIMIT ${limit}
    FOR NO KEY UPDATE SKIP LOCKED`;
  const missing = rows.filter((row) => row.secret === null).map((row) => ({ id: row.id, secret: randomBytes(32).toString("hex") }));
  if (missing.length > 0) {
    await tx.$executeRaw`
      UPDATE "Pledge" p SET "logSecret" = decode(m."secret", 'hex')
      FROM json_to_recordset(${JSON.stringify(missing)}::json) AS m("id" uuid, "secret" text) WHERE p."id" = m."id"`;
  }
  const secrets = new Map(missing.map((row) => [row.id, row.secret]));
  return rows.map((row) => ({
    kind: "pledge",
    country: row.country,
    pledgeId: row.id,
    commitment: createHash("sha256").update(commitmentInput(Buffer.from(row.secret ?? secrets.get(row.id)!, "hex"))).digest(),
  }));
}

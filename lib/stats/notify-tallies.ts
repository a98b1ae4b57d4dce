import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import type { FoldedState } from "./fold-tally-events";
import { notificationPayload, TALLY_CHANNEL, type TallySnapshot } from "./tally-notification";

/**
 * Announces the campaigns' new versions on the tally channel, inside the transaction that made
 * them: PostgreSQL delivers a NOTIFY only on COMMIT, so listeners never hear of a version that
 * was rolled back, and hear them in commit order.
 */
export async function notifyTallies(tx: Prisma.TransactionClient, states: FoldedState[]): Promise<TallySnapshot[]> {
  if (states.length === 0) return [];
  const campaignIds = states.map((state) => state.campaignId);
  const rows = await tx.$queryRaw<{ campaignId: string; countries: Record<string, number> }[]>`
    SELECT "campaignId", json_object_agg("country", "count" ORDER BY "country") AS "countries"
    FROM "CountryTally" WHERE "campaignId" = ANY(${campaignIds}::uuid[]) AND "count" > 0
    GROUP BY "campaignId"`;
  const countriesOf = new Map(rows.map((row) => [row.campaignId, row.countries]));
  const snapshots = states.map((state) => ({ ...state, countries: countriesOf.get(state.campaignId) ?? {} }));
  const payloads = snapshots.map(notificationPayload);
  await tx.$executeRaw`SELECT pg_notify(${TALLY_CHANNEL}, payload) FROM unnest(${payloads}::text[]) AS payload`;
  return snapshots;
}

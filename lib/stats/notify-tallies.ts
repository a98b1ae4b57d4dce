import "server-only";
import { Prisma } from "@/lib/db/generated/client";
import { publishedCountriesSql } from "./coarse/published-countries";
import type { FoldedState } from "./publish-tally-states";
import { notificationPayload, TALLY_CHANNEL, type TallySnapshot } from "./tally-notification";

/**
 * Announces the campaigns' new versions on the tally channel, inside the transaction that made
 * them, with the published country figures (sensitive countries' coarse ones, never their true
 * counts): PostgreSQL delivers a NOTIFY only on COMMIT, so listeners never hear of a version that
 * was rolled back, and hear them in commit order.
 */
export async function notifyTallies(tx: Prisma.TransactionClient, states: FoldedState[]): Promise<TallySnapshot[]> {
  if (states.length === 0) return [];
  const campaignIds = states.map((state) => state.campaignId);
  const rows = await tx.$queryRaw<{ campaignId: string; countries: Record<string, number> }[]>`
    SELECT "campaignId", json_object_agg("country", "count" ORDER BY "country") AS "countries"
    FROM ${publishedCountriesSql(Prisma.sql`= ANY(${campaignIds}::uuid[])`)} AS p WHERE "count" > 0
    GROUP BY "campaignId"`;
  const countriesOf = new Map(rows.map((row) => [row.campaignId, row.countries]));
  const snapshots = states.map((state) => ({ ...state, countries: countriesOf.get(state.campaignId) ?? {} }));
  const payloads = snapshots.map(notificationPayload);
  await tx.$executeRaw`SELECT pg_notify(${TALLY_CHANNEL}, payload) FROM unnest(${payloads}::text[]) AS payload`;
  return snapshots;
}

import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { nextCoarseFigure, roundDownToStep } from "./coarse-release-rule";

interface FigureRow {
  campaignId: string;
  country: string;
  k: number;
  trueCount: number;
  published: number | null;
  releaseAt: Date | null;
}

interface FigureWrite {
  campaignId: string;
  country: string;
  published: number;
  releaseAt: string | null;
}

/**
 * Keeps every (unfrozen) campaign's sensitive countries' published figures up to date, inside the
 * aggregator's transaction: rows for countries added to the sensitive list (their figure rounded
 * down to k at once: it was public exactly until now), none for countries taken off it (their
 * exact tally is public again), and the release rule (coarse-release-rule.ts) for the rest.
 * Returns the campaigns whose published figures changed: their total and version must follow.
 */
export async function releaseCoarseTallies(tx: Prisma.TransactionClient, now: Date, random: () => number): Promise<Set<string>> {
  const changed = new Set<string>();
  const dropped = await tx.$queryRaw<{ campaignId: string }[]>`
    DELETE FROM "CoarseCountryTally" p USING "Campaign" c
    WHERE c."id" = p."campaignId" AND NOT c."countsFrozen" AND NOT (p."country" = ANY(c."sensitiveCountries"))
    RETURNING p."campaignId"`;
  for (const { campaignId } of dropped) changed.add(campaignId);

  const rows = await tx.$queryRaw<FigureRow[]>`
    SELECT c."id" AS "campaignId", s."country", greatest(3, c."mapThreshold") AS "k",
           coalesce(t."count", 0) AS "trueCount", p."published", p."releaseAt"
    FROM "Campaign" c
    CROSS JOIN LATERAL (SELECT DISTINCT unnest(c."sensitiveCountries")) AS s("country")
    LEFT JOIN "CountryTally" t ON t."campaignId" = c."id" AND t."country" = s."country"
    LEFT JOIN "CoarseCountryTally" p ON p."campaignId" = c."id" AND p."country" = s."country"
    WHERE NOT c."countsFrozen"`;
  const writes: FigureWrite[] = [];
  for (const row of rows) {
    const next =
      row.published === null
        ? { published: roundDownToStep(row.trueCount, row.k), releaseAt: null }
        : nextCoarseFigure({ trueCount: row.trueCount, published: row.published, releaseAt: row.releaseAt }, row.k, now, random);
    // A new row changes the public view only if rounding hides part of the (until now exact) count.
    if (next.published !== (row.published ?? row.trueCount)) changed.add(row.campaignId);
    if (next.published !== row.published || next.releaseAt?.getTime() !== row.releaseAt?.getTime()) {
      writes.push({ campaignId: row.campaignId, country: row.country, published: next.published, releaseAt: next.releaseAt?.toISOString() ?? null });
    }
  }
  if (writes.length > 0) {
    await tx.$executeRaw`
      INSERT INTO "CoarseCountryTally" AS p ("campaignId", "country", "published", "releaseAt")
      SELECT "campaignId", "country", "published", "releaseAt"
      FROM json_to_recordset(${JSON.stringify(writes)}::json) AS w("campaignId" uuid, "country" varchar(2), "published" int, "releaseAt" timestamptz)
      ON CONFLICT ("campaignId", "country") DO UPDATE SET "published" = excluded."published", "releaseAt" = excluded."releaseAt"`;
  }
  return changed;
}

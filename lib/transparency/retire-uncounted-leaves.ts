import "server-only";
import type { Prisma } from "@/lib/db/generated/client";

/**
 * Cuts the link between pledges that stopped counting (withdrawn, invalidated, held for review)
 * and their leaves, and marks those leaves as retiring: their tombstones are appended with the
 * next append of their country (this tick for exact countries, the next coarse release for
 * sensitive ones). Cutting the link at once, whatever the country, means a withdrawn row points
 * at no leaf (and so at no country) a second after withdrawal (docs/decisions/0031-…).
 * Frozen campaigns keep everything as it is until unfrozen (docs/decisions/0012-…).
 */
export async function retireUncountedLeaves(tx: Prisma.TransactionClient): Promise<void> {
  await tx.$executeRaw`
    WITH old AS (
      SELECT p."id", p."logLeafIndex" FROM "Pledge" p JOIN "Campaign" c ON c."id" = p."campaignId"
      WHERE NOT c."countsFrozen"
        -- An IN list, not <> 'CONFIRMED': each status is a range of the (campaign, status, leaf) index.
        AND p."status" IN ('PENDING', 'PENDING_REVIEW', 'WITHDRAWN', 'INVALID')
        AND p."logLeafIndex" IS NOT NULL
      FOR NO KEY UPDATE OF p SKIP LOCKED
    ), cut AS (
      -- RETURNING sees the new (null) index; the old one comes from the locked read above.
      UPDATE "Pledge" p SET "logLeafIndex" = NULL FROM old WHERE p."id" = old."id"
      RETURNING p."campaignId", old."logLeafIndex" AS "index"
    )
    UPDATE "TransparencyLeaf" l SET "retiring" = true
    FROM (SELECT "campaignId", "index" FROM cut) AS r("campaignId", "index")
    WHERE l."campaignId" = r."campaignId" AND l."index" = r."index"`;
}

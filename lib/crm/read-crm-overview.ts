import "server-only";
import { authorise, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";

export const CRM_LOG_LIMIT = 50;

/**
 * The admin page's view of the campaign's CRM (ADMIN only): the connection without its key (only
 * whether one is set), how many consenting supporters are pushed, waiting or failed, the withdrawn
 * supporters whose CRM copy an organiser must remove, and the newest lines of the push log.
 */
export async function readCrmOverview(actor: Actor, campaignId: string) {
  authorise(actor, "ADMIN", campaignId);
  const [connection, keyRow, states, notYetPushed, removals, log] = await Promise.all([
    db().crmConnection.findUnique({ where: { campaignId }, select: { endpointUrl: true, tags: true, enabled: true, keyRefusedAt: true, updatedAt: true, updatedBy: true } }),
    db().crmConnection.count({ where: { campaignId, apiKeyEncrypted: { not: null } } }),
    db().crmPush.groupBy({ by: ["state"], where: { campaignId, withdrawnAt: null }, _count: { _all: true } }),
    db().$queryRaw<{ count: bigint }[]>`
      SELECT count(*) AS count FROM "Pledge" p
      WHERE p."campaignId" = ${campaignId}::uuid AND p."status" = 'CONFIRMED' AND p."consentUpdates" AND p."emailEncrypted" IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM "CrmPush" c WHERE c."pledgeId" = p."id" AND c."state" IN ('PUSHED', 'QUEUED'))`,
    db().crmPush.findMany({
      where: { campaignId, withdrawnAt: { not: null }, removalConfirmedAt: null },
      orderBy: { withdrawnAt: "asc" },
      select: { pledgeId: true, osdiIdentifier: true, withdrawnAt: true, unsubscribedAt: true },
    }),
    db().crmPushAttempt.findMany({
      where: { campaignId },
      orderBy: { id: "desc" },
      take: CRM_LOG_LIMIT,
      select: { id: true, at: true, pledgeId: true, kind: true, outcome: true, httpStatus: true, error: true, osdiIdentifier: true },
    }),
  ]);
  const count = (state: string) => states.find((row) => row.state === state)?._count._all ?? 0;
  return {
    connection: connection ? { ...connection, apiKeySet: keyRow > 0 } : null,
    counts: { pushed: count("PUSHED"), queued: count("QUEUED"), failed: count("FAILED"), notYetPushed: Number(notYetPushed[0]?.count ?? 0) },
    removals: removals.map((row) => ({ ...row, withdrawnAt: row.withdrawnAt! })),
    log: log.map((row) => ({ ...row, id: row.id.toString() })),
  };
}

export type CrmOverview = Awaited<ReturnType<typeof readCrmOverview>>;

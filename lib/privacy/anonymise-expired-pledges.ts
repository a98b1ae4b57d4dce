import "server-only";
import { noteCrmWithdrawals } from "@/lib/crm/note-crm-withdrawal";
import { db } from "@/lib/db/client";
import { recordDeletionEvents } from "@/lib/webhooks/record-deletion-events";
import { ERASED_IDENTITY, ERASED_MESSAGE, ERASED_SOURCE } from "./erased-fields";

const BATCH = 500;

/**
 * Retention (docs/PRIVACY.md): once a campaign has been closed for `retentionMonths`, its pledges
 * lose every piece of personal data — name, email and its hash, email domain, network hash, the
 * free text of an unrecognised city, any message that was never published — and get
 * `anonymisedAt`. What stays is what the published numbers are made of: status, country,
 * dates and the gazetteer's city (a place name, not a person's words; erasing it would move the
 * pledge between city tallies). An approved public message stays, anonymous from now on: it
 * was published as the supporter's public statement and no longer points to anyone.
 * The tally trigger sees neither a status nor a place change, so no count moves. Batched, so a
 * large campaign never holds long locks; returns how many pledges were anonymised.
 *
 * When we forget someone, those we told forget them too, in the same transaction: webhook
 * receivers get the deletion event (ADR 0052) and a supporter pushed to the CRM is listed for
 * removal and unsubscribed, exactly as after a withdrawal (ADR 0053).
 */
export async function anonymiseExpiredPledges(now = new Date()): Promise<number> {
  const campaigns = await db().$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "Campaign"
    WHERE "closesAt" IS NOT NULL AND "closesAt" + make_interval(months => "retentionMonths") <= ${now}`;
  let total = 0;
  for (const { id } of campaigns) {
    // Keyset paging by id: each batch starts where the last ended instead of rescanning the rows
    // already done (a million-pledge campaign would otherwise cost quadratic work).
    let after: string | undefined;
    for (;;) {
      const batch = await db().pledge.findMany({
        where: { campaignId: id, anonymisedAt: null, ...(after ? { id: { gt: after } } : {}) },
        orderBy: { id: "asc" },
        select: { id: true },
        take: BATCH,
      });
      if (batch.length === 0) break;
      after = batch.at(-1)!.id;
      total += await anonymiseBatch(batch.map((row) => row.id), now);
    }
  }
  return total;
}

async function anonymiseBatch(ids: string[], now: Date): Promise<number> {
  return db().$transaction(async (tx) => {
    // Before the erasure: the CRM's unsubscribe needs the address erased below.
    await noteCrmWithdrawals(tx, ids, now);
    await recordDeletionEvents(tx, ids, now);
    const personal = { ...ERASED_IDENTITY, ...ERASED_SOURCE, displayMode: "ANONYMOUS" as const, anonymisedAt: now };
    // Unrecognised places are the supporter's own words; recognised ones are the gazetteer's.
    await tx.pledge.updateMany({ where: { id: { in: ids }, cityLatitude: null }, data: { cityName: null } });
    await tx.pledge.updateMany({
      where: { id: { in: ids }, OR: [{ messageStatus: null }, { messageStatus: { not: "APPROVED" } }] },
      data: ERASED_MESSAGE,
    });
    const { count } = await tx.pledge.updateMany({ where: { id: { in: ids } }, data: personal });
    return count;
  }, { timeout: 20_000, maxWait: 10_000 });
}

import "server-only";
import { recordAuditEntry } from "@/lib/audit/record-audit-entry";
import { db } from "@/lib/db/client";
import { isLocale, routing } from "@/lib/i18n/routing";
import { enqueueJob } from "@/lib/jobs/enqueue-job";
import { findStatsSnapshot } from "@/lib/stats/snapshots/find-stats-snapshot";
import { takeStatsSnapshot } from "@/lib/stats/snapshots/take-stats-snapshot";
import { assemblePackContent } from "./assemble-pack-content";
import { renderDeliveryPack } from "./render-delivery-pack";

/**
 * The deliver_pack job (scheduled or "send now"): takes a snapshot so the pack cites permanent,
 * hashed figures and their signed log checkpoint, renders the pack once per recipients' language,
 * and — in one transaction — stores it, one send per recipient and one email job per send. A
 * crash before the commit leaves nothing half-sent; the job simply runs again.
 */
export async function buildDelivery(campaignId: string): Promise<{ deliveryId: string } | null> {
  const campaign = await db().campaign.findUnique({ where: { id: campaignId }, select: { id: true, slug: true, title: true, sensitiveCountries: true } });
  if (!campaign) return null;
  const recipients = await db().deliveryRecipient.findMany({ where: { campaignId }, orderBy: { createdAt: "asc" }, select: { id: true, name: true, organisation: true, emailEncrypted: true, locale: true } });
  if (recipients.length === 0) {
    console.warn("[delivery] no recipients: nothing sent");
    return null;
  }
  const { id: snapshotId } = await takeStatsSnapshot(campaign.slug, "manual");
  const snapshot = await findStatsSnapshot(snapshotId, campaignId);
  const locales = [...new Set(recipients.map((recipient) => (isLocale(recipient.locale) ? recipient.locale : routing.defaultLocale)))];
  const packs = await Promise.all(locales.map(async (locale) => ({ locale, pdf: await renderDeliveryPack(await assemblePackContent(campaign, snapshot, locale)) })));
  const checkpoint = snapshot.content.logCheckpoint;

  return db().$transaction(async (tx) => {
    const delivery = await tx.delivery.create({
      data: { campaignId, snapshotId, snapshotSha256: snapshot.sha256, treeSize: checkpoint?.treeSize ?? null, rootHash: checkpoint?.rootHash ?? null, packs: { create: packs.map((pack) => ({ locale: pack.locale, pdf: new Uint8Array(pack.pdf) })) } },
      select: { id: true },
    });
    for (const recipient of recipients) {
      const locale = isLocale(recipient.locale) ? recipient.locale : routing.defaultLocale;
      const send = await tx.deliverySend.create({
        data: { deliveryId: delivery.id, recipientId: recipient.id, name: recipient.name, organisation: recipient.organisation, emailEncrypted: recipient.emailEncrypted, locale },
        select: { id: true },
      });
      await enqueueJob(tx, "send_delivery_email", { sendId: send.id });
    }
    // The schedule is used up: the admin page shows the delivery now, not a pending time.
    await tx.deliverySchedule.deleteMany({ where: { campaignId } });
    await recordAuditEntry(tx, {
      actor: { actorId: null, actorLabel: "system" },
      action: "delivery.build",
      target: { type: "delivery", id: delivery.id },
      details: { snapshotId, recipients: recipients.length },
    });
    return { deliveryId: delivery.id };
  });
}

import "server-only";
import { recordAuditEntry } from "@/lib/audit/record-audit-entry";
import { otherCampaignSlug } from "@/lib/campaigns/public-campaign-path";
import { db } from "@/lib/db/client";
import { sendMail } from "@/lib/mail/send-mail";
import { decryptPersonal } from "@/lib/privacy/personal-data";
import { renderDeliveryEmail } from "./render-delivery-email";

/**
 * The send_delivery_email job: one recipient's email with the pack attached. A mail server that
 * refuses or is down makes it throw, and the queue retries with back-off; a send already accepted
 * is never repeated. Each accepted send is audited with the same transaction that marks it sent.
 */
export async function sendDeliveryEmail(sendId: string): Promise<"sent" | "skipped"> {
  const send = await db().deliverySend.findUnique({
    where: { id: sendId },
    select: { id: true, deliveryId: true, name: true, emailEncrypted: true, locale: true, sentAt: true, delivery: { select: { campaignId: true, snapshotId: true, rootHash: true, treeSize: true, createdAt: true } } },
  });
  if (!send || send.sentAt) return "skipped";
  const pack = await db().deliveryPack.findUniqueOrThrow({ where: { deliveryId_locale: { deliveryId: send.deliveryId, locale: send.locale } }, select: { pdf: true } });
  const campaign = await db().campaign.findUniqueOrThrow({ where: { id: send.delivery.campaignId }, select: { title: true, slug: true } });
  const message = await renderDeliveryEmail({
    locale: send.locale,
    to: decryptPersonal(send.emailEncrypted, "delivery.email"),
    name: send.name,
    campaignTitle: campaign.title,
    campaignSlug: otherCampaignSlug(campaign.slug),
    snapshotId: send.delivery.snapshotId,
    rootHash: send.delivery.rootHash,
  });
  await sendMail({ ...message, attachments: [{ filename: "delivery-pack.pdf", content: Buffer.from(pack.pdf), contentType: "application/pdf" }] });

  await db().$transaction(async (tx) => {
    const marked = await tx.deliverySend.updateMany({ where: { id: send.id, sentAt: null }, data: { sentAt: new Date() } });
    if (marked.count === 0) return;
    await recordAuditEntry(tx, {
      actor: { actorId: null, actorLabel: "system" },
      action: "delivery.send",
      target: { type: "delivery", id: send.deliveryId },
      details: { sendId: send.id },
    });
  });
  return "sent";
}

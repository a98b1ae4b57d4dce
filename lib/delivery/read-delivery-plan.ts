import "server-only";
import { authorise, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { decryptPersonal } from "@/lib/privacy/personal-data";

/** The admin page's view (ADMIN only): recipients with their addresses, the schedule, past sends. */
export async function readDeliveryPlan(actor: Actor, campaignId: string) {
  authorise(actor, "ADMIN", campaignId);
  const [recipients, schedule, deliveries] = await Promise.all([
    db().deliveryRecipient.findMany({ where: { campaignId }, orderBy: { createdAt: "asc" }, select: { id: true, name: true, organisation: true, emailEncrypted: true, locale: true } }),
    db().deliverySchedule.findUnique({ where: { campaignId }, select: { sendAt: true, timeZone: true } }),
    db().delivery.findMany({
      where: { campaignId },
      orderBy: { createdAt: "desc" },
      take: 10,
      select: { id: true, createdAt: true, snapshotId: true, sends: { orderBy: { name: "asc" }, select: { id: true, name: true, organisation: true, sentAt: true } } },
    }),
  ]);
  return {
    recipients: recipients.map(({ emailEncrypted, ...recipient }) => ({ ...recipient, email: decryptPersonal(emailEncrypted, "delivery.email") })),
    schedule,
    deliveries,
  };
}

import "server-only";
import { authorise, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";

/** How many rows the supporters' CSV would have now (MODERATOR and above), for the export page. */
export async function countExportableSupporters(actor: Actor, campaignId: string): Promise<number> {
  authorise(actor, "MODERATOR", campaignId);
  return db().pledge.count({
    where: { campaignId, status: "CONFIRMED", consentUpdates: true, nameEncrypted: { not: null }, emailEncrypted: { not: null } },
  });
}

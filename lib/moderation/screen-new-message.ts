import "server-only";
import { db } from "@/lib/db/client";
import { blockedWordsFor, classifyMessage } from "./classify-message";
import { messageFingerprint } from "./normalise-message";

export interface ScreenedMessage {
  messageStatus: "PENDING" | "HELD" | null;
  messageHeldReason: string | null;
  messageFingerprint: string | null;
}

/**
 * The moderation fields of a new pledge (lib/pledges/create-pledge.ts spreads them into its
 * insert): PENDING, or HELD with the rules' reasons. Reads only the campaign's block list and how
 * many stored messages share this one's text, before the pledge's transaction: the rules advise a
 * moderator, so two copies arriving in the same instant need not see each other.
 */
export async function screenNewMessage(campaignId: string, message: string | null, locale: string): Promise<ScreenedMessage> {
  if (!message) return { messageStatus: null, messageHeldReason: null, messageFingerprint: null };
  const fingerprint = messageFingerprint(message);
  const [campaign, identicalMessages] = await Promise.all([
    db().campaign.findUniqueOrThrow({ where: { id: campaignId }, select: { blockedWords: true } }),
    fingerprint ? db().pledge.count({ where: { campaignId, messageFingerprint: fingerprint } }) : Promise.resolve(0),
  ]);
  const { status, reasons } = classifyMessage(message, { blockedWords: blockedWordsFor(campaign.blockedWords, locale), identicalMessages });
  return { messageStatus: status, messageHeldReason: reasons.length > 0 ? reasons.join(",") : null, messageFingerprint: fingerprint };
}

import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { blockedWordsFor, classifyMessage } from "./classify-message";
import { messageFingerprint } from "./normalise-message";

export interface ScreenedMessage {
  messageStatus: "PENDING" | "HELD" | null;
  messageHeldReason: string | null;
  messageFingerprint: string | null;
}

/**
 * The moderation fields of a new pledge (lib/pledges/create-pledge.ts spreads them into its
 * insert): PENDING, or HELD with the rules' reasons. Runs in the pledge's transaction and reads
 * only the campaign's block list and how many stored messages share this one's text.
 */
export async function screenNewMessage(
  tx: Prisma.TransactionClient,
  campaignId: string,
  message: string | null,
  locale: string,
): Promise<ScreenedMessage> {
  if (!message) return { messageStatus: null, messageHeldReason: null, messageFingerprint: null };
  const fingerprint = messageFingerprint(message);
  const [campaign, identicalMessages] = await Promise.all([
    tx.campaign.findUniqueOrThrow({ where: { id: campaignId }, select: { blockedWords: true } }),
    fingerprint ? tx.pledge.count({ where: { campaignId, messageFingerprint: fingerprint } }) : Promise.resolve(0),
  ]);
  const { status, reasons } = classifyMessage(message, { blockedWords: blockedWordsFor(campaign.blockedWords, locale), identicalMessages });
  return { messageStatus: status, messageHeldReason: reasons.length > 0 ? reasons.join(",") : null, messageFingerprint: fingerprint };
}

import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { publicDisplayName } from "@/lib/pledges/display-name";
import { decryptPersonal } from "@/lib/privacy/personal-data";

export interface PublicMessage {
  id: string;
  text: string;
  /** Null: shown as "a supporter". */
  displayName: string | null;
  country: string;
  at: Date;
  featured: boolean;
}

/**
 * Approved messages of confirmed supporters for the public wall, featured first, newest next.
 * Messages of supporters in sensitive countries are left out entirely unless they opted in:
 * even an anonymous message can identify its author by its content and timing.
 */
export async function listPublicMessages(
  campaign: { id: string; sensitiveCountries: string[] },
  options: { limit: number; offset?: number },
): Promise<PublicMessage[]> {
  const rows = await db().pledge.findMany({
    where: publicMessagesWhere(campaign),
    // The id breaks ties, so pages never repeat or skip a message confirmed in the same instant.
    orderBy: [{ messageFeatured: "desc" }, { confirmedAt: "desc" }, { id: "asc" }],
    skip: options.offset ?? 0,
    take: options.limit,
    // Selecting the encrypted name explicitly overrides the client's global omit; it is decrypted
    // below only for supporters who chose to show it.
    select: { id: true, message: true, displayMode: true, country: true, confirmedAt: true, createdAt: true, nameEncrypted: true, messageFeatured: true },
  });
  return rows.map((row) => ({
    id: row.id,
    text: row.message ?? "",
    displayName: row.displayMode === "ANONYMOUS" || !row.nameEncrypted ? null : publicDisplayName(decryptPersonal(row.nameEncrypted, "pledge.name"), row.displayMode),
    country: row.country,
    at: row.confirmedAt ?? row.createdAt,
    featured: row.messageFeatured,
  }));
}

/** How many messages the wall has in all (for its pages). */
export function countPublicMessages(campaign: { id: string; sensitiveCountries: string[] }): Promise<number> {
  return db().pledge.count({ where: publicMessagesWhere(campaign) });
}

function publicMessagesWhere(campaign: { id: string; sensitiveCountries: string[] }): Prisma.PledgeWhereInput {
  return {
    campaignId: campaign.id,
    status: "CONFIRMED",
    messageStatus: "APPROVED",
    message: { not: null },
    OR: [{ country: { notIn: campaign.sensitiveCountries } }, { publicInSensitiveCountry: true }],
  };
}

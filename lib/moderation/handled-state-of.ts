import "server-only";
import type { Database } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { HandledState } from "./message-handled";

/** Who last decided on a message and what it is now: the answer for a moderator who came second. */
export async function handledStateOf(client: Prisma.TransactionClient | Database, campaignId: string, pledgeId: string): Promise<HandledState> {
  const current = await client.pledge.findFirst({
    where: { id: pledgeId, campaignId },
    select: { messageStatus: true, messageFeatured: true, messageModeratedBy: true, messageModeratedAt: true },
  });
  return {
    status: current?.messageStatus ?? null,
    featured: current?.messageFeatured ?? false,
    by: current?.messageModeratedBy ?? null,
    at: current?.messageModeratedAt ?? null,
  };
}

import "server-only";
import { countPublicMessages, listPublicMessages, type PublicMessage } from "./list-public-messages";

export const PUBLIC_MESSAGES_PER_PAGE = 24;

/** One page of the public wall; a page number that is missing, malformed or too high shows the nearest page. */
export async function publicMessagesPage(
  campaign: { id: string; sensitiveCountries: string[] },
  requested: string | string[] | undefined,
): Promise<{ messages: PublicMessage[]; page: number; pageCount: number }> {
  const total = await countPublicMessages(campaign);
  const pageCount = Math.max(1, Math.ceil(total / PUBLIC_MESSAGES_PER_PAGE));
  const parsed = typeof requested === "string" && /^\d{1,6}$/.test(requested) ? Number(requested) : 1;
  const page = Math.min(Math.max(parsed, 1), pageCount);
  const messages = await listPublicMessages(campaign, { limit: PUBLIC_MESSAGES_PER_PAGE, offset: (page - 1) * PUBLIC_MESSAGES_PER_PAGE });
  return { messages, page, pageCount };
}

import "server-only";
import { authorise, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { publicDisplayName } from "@/lib/pledges/display-name";
import { decryptPersonal } from "@/lib/privacy/personal-data";
import { parseHeldReasons, type HeldReason } from "./held-reasons";
import { QUEUE_PAGE_SIZE, type QueueFilter } from "./queue-filter";
import { queueBaseWhere } from "./queue-where";

export interface QueueItem {
  id: string;
  text: string;
  /** The name as the wall would show it (the supporter's choice); null: anonymous. */
  displayName: string | null;
  country: string;
  language: string;
  status: "PENDING" | "HELD" | "APPROVED" | "REJECTED";
  featured: boolean;
  heldReasons: HeldReason[];
  /** From a sensitive country without opting in: never on the wall, whatever the decision. */
  hiddenFromWall: boolean;
  /** The pledge itself is PENDING_REVIEW (held by the abuse checks): it does not count, and its
   * message stays off the wall even once approved, until an organiser clears the pledge. */
  pledgeInReview: boolean;
  createdAt: string;
  moderatedBy: string | null;
  moderatedAt: string | null;
  rejectReason: string | null;
}

export interface QueuePage {
  items: QueueItem[];
  total: number;
  page: number;
  pageCount: number;
}

function whereOf(campaignId: string, filter: QueueFilter): Prisma.PledgeWhereInput {
  const status: Prisma.PledgeWhereInput =
    filter.status === "open"
      ? { messageStatus: { in: ["PENDING", "HELD"] } }
      : filter.status === "featured"
        ? { messageStatus: "APPROVED", messageFeatured: true }
        : filter.status === "all"
          ? {}
          : { messageStatus: filter.status };
  return {
    AND: [
      queueBaseWhere(campaignId),
      status,
      filter.language ? { OR: [{ locale: filter.language }, { locale: { startsWith: `${filter.language}-` } }] } : {},
      filter.country ? { country: filter.country } : {},
      filter.reason ? { messageHeldReason: { contains: filter.reason } } : {},
      filter.search ? { message: { contains: filter.search, mode: "insensitive" } } : {},
      filter.pledge ? { id: filter.pledge } : {},
    ],
  };
}

/**
 * One page of the moderation queue. Waiting messages come oldest first (a queue); decided ones
 * most recently decided first. Names are decrypted only to build the public display name, so
 * moderators see what the wall would show, never a full name the supporter chose to hide.
 */
export async function listModerationQueue(actor: Actor, campaign: { id: string; sensitiveCountries: string[] }, filter: QueueFilter): Promise<QueuePage> {
  authorise(actor, "MODERATOR", campaign.id);
  const where = whereOf(campaign.id, filter);
  const waiting = filter.status === "open" || filter.status === "HELD" || filter.status === "PENDING";
  const orderBy: Prisma.PledgeOrderByWithRelationInput[] = waiting
    ? [{ createdAt: "asc" }, { id: "asc" }]
    : [{ messageModeratedAt: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }, { id: "asc" }];
  const total = await db().pledge.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / QUEUE_PAGE_SIZE));
  const page = Math.min(filter.page, pageCount);
  const rows = await db().pledge.findMany({
    where,
    orderBy,
    skip: (page - 1) * QUEUE_PAGE_SIZE,
    take: QUEUE_PAGE_SIZE,
    select: {
      id: true,
      status: true,
      message: true,
      nameEncrypted: true,
      displayMode: true,
      country: true,
      locale: true,
      publicInSensitiveCountry: true,
      messageStatus: true,
      messageFeatured: true,
      messageHeldReason: true,
      messageModeratedBy: true,
      messageModeratedAt: true,
      messageRejectReason: true,
      createdAt: true,
    },
  });
  const items = rows.map((row) => ({
    id: row.id,
    text: row.message ?? "",
    displayName: row.displayMode === "ANONYMOUS" || !row.nameEncrypted ? null : publicDisplayName(decryptPersonal(row.nameEncrypted, "pledge.name"), row.displayMode),
    country: row.country,
    language: row.locale,
    status: row.messageStatus ?? "PENDING",
    featured: row.messageFeatured,
    heldReasons: parseHeldReasons(row.messageHeldReason),
    hiddenFromWall: campaign.sensitiveCountries.includes(row.country) && !row.publicInSensitiveCountry,
    pledgeInReview: row.status === "PENDING_REVIEW",
    createdAt: row.createdAt.toISOString(),
    moderatedBy: row.messageModeratedBy,
    moderatedAt: row.messageModeratedAt?.toISOString() ?? null,
    rejectReason: row.messageRejectReason,
  }));
  return { items, total, page, pageCount };
}

/** The languages and countries that have messages, for the filter menus. */
export async function listQueueFacets(actor: Actor, campaignId: string): Promise<{ languages: string[]; countries: string[] }> {
  authorise(actor, "MODERATOR", campaignId);
  const where = queueBaseWhere(campaignId);
  const [languages, countries] = await Promise.all([
    db().pledge.groupBy({ by: ["locale"], where, orderBy: { locale: "asc" } }),
    db().pledge.groupBy({ by: ["country"], where, orderBy: { country: "asc" } }),
  ]);
  return { languages: languages.map((row) => row.locale), countries: countries.map((row) => row.country) };
}

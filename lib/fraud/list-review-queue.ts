import "server-only";
import { authorise, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { ReviewFilters } from "./review-filters";

export const REVIEW_PAGE_SIZE = 200;

export interface HeldPledge {
  id: string;
  country: string;
  emailDomain: string | null;
  networkHash: string | null;
  reviewReason: string | null;
  createdAt: Date;
  confirmedAt: Date | null;
}

export interface ReviewQueue {
  pledges: HeldPledge[];
  /** All held pledges matching the filters (the list shows the oldest REVIEW_PAGE_SIZE). */
  matching: number;
  /** Held pledges per reason (ignoring the filters): the queue's summary. */
  byReason: { reason: string | null; count: number }[];
}

/** Pledges in PENDING_REVIEW, oldest first, with the filters applied (MODERATOR). No names or emails. */
export async function listReviewQueue(actor: Actor, campaignId: string, filters: ReviewFilters): Promise<ReviewQueue> {
  authorise(actor, "MODERATOR", campaignId);
  const where: Prisma.PledgeWhereInput = {
    campaignId,
    status: "PENDING_REVIEW",
    ...(filters.reason && { reviewReason: filters.reason }),
    ...(filters.networkHash && { networkHash: filters.networkHash }),
    ...(filters.emailDomain && { emailDomain: filters.emailDomain }),
    ...(filters.country && { country: filters.country }),
  };
  const [pledges, matching, reasons] = await Promise.all([
    db().pledge.findMany({
      where,
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: REVIEW_PAGE_SIZE,
      select: { id: true, country: true, emailDomain: true, networkHash: true, reviewReason: true, createdAt: true, confirmedAt: true },
    }),
    db().pledge.count({ where }),
    db().pledge.groupBy({ by: ["reviewReason"], where: { campaignId, status: "PENDING_REVIEW" }, _count: { _all: true }, orderBy: { reviewReason: "asc" } }),
  ]);
  return { pledges, matching, byReason: reasons.map((row) => ({ reason: row.reviewReason, count: row._count._all })) };
}

import { z } from "zod";

// Client-safe: why a confirmed pledge can be held for review (written by the abuse checks into
// Pledge.reviewReason), and the review queue's filters and actions.

export const REVIEW_REASONS = ["no_proof_of_work", "rate_limited", "flagged_source"] as const;
export type ReviewReason = (typeof REVIEW_REASONS)[number];

const optional = (schema: z.ZodType<string, string>) =>
  z
    .string()
    .optional()
    .transform((value) => value?.trim() || undefined)
    .pipe(schema.optional())
    .catch(undefined);

/** The queue's filters, read from the query string; a malformed filter is ignored, not an error. */
export const reviewFiltersSchema = z.object({
  reason: optional(z.enum(REVIEW_REASONS)),
  networkHash: optional(z.string().max(64).regex(/^[A-Za-z0-9_+/=-]+$/)),
  emailDomain: optional(z.string().max(253).transform((value) => value.toLowerCase())),
  country: optional(z.string().regex(/^[A-Za-z]{2}$/).transform((value) => value.toUpperCase())),
});
export type ReviewFilters = z.output<typeof reviewFiltersSchema>;

/** Clearing: either one pledge (its row's button) or the ticked ones, re-read from the form. */
export const clearReviewSchema = z.object({ only: z.uuid({ error: "pledgeUnknown" }).optional() });
export const pledgeIdsSchema = z.array(z.uuid({ error: "pledgeUnknown" })).min(1, { error: "nothingSelected" }).max(500, { error: "tooManySelected" });

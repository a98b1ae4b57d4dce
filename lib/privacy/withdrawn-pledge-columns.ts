import { ERASED_ON_WITHDRAWAL } from "./erased-fields";

// Every column of "Pledge", classified for withdrawal: erased (set to ERASED_ON_WITHDRAWAL's
// value), kept (and why), or kept at the precision of the published history. A column in none of
// the three fails lib/privacy/withdrawn-pledge-columns.integration.test.ts, which reads the database
// catalogue: whoever adds a column decides what withdrawal does with it.

export type ErasedColumn = keyof typeof ERASED_ON_WITHDRAWAL;

export const ERASED_COLUMNS = Object.keys(ERASED_ON_WITHDRAWAL) as ErasedColumn[];

/** Kept as they are: none of them comes from the person. */
export const KEPT_COLUMNS = {
  id: "random; the audit log's moderation entries point at it",
  campaignId: "the ledger counts withdrawn pledges per campaign",
  status: "WITHDRAWN: the ledger's count, and what the link answers on a second visit",
  consentProcessing: "true on every pledge (required to sign): the basis of the processing that took place",
  anonymisedAt: "when the retention job ran, if it did: a fact about the campaign, not the person",
  logLeafIndex:
    "only until the next aggregator tick, which needs it to tombstone the pledge's leaf and then sets it to null (lib/transparency/retire-uncounted-leaves.ts)",
} as const;

/**
 * Kept to the minute (UTC), the precision of the per-minute history (TallyMinute): a rebuild of
 * the history from "Pledge" needs when a withdrawn pledge joined and left, not the millisecond
 * that could be matched with a mail or proxy log.
 */
export const MINUTE_COLUMNS = ["createdAt", "confirmedAt", "withdrawnAt", "invalidatedAt", "updatedAt"] as const;

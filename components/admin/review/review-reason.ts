// Client-safe: what the review pages show for a stored Pledge.reviewReason. A code we do not know
// (written by an older release) is shown as stored rather than hidden.
import { REVIEW_REASONS } from "@/lib/fraud/review-filters";

type Translate = (key: string) => string;

/** `t` is the "adminReview" translator. */
export function reviewReasonText(reason: string | null, t: Translate): string {
  if (reason === null) return t("noReason");
  return (REVIEW_REASONS as readonly string[]).includes(reason) ? t(`reason.${reason}`) : reason;
}

import "server-only";
import type { CrmAttemptOutcome, CrmRequestKind } from "@/lib/db/generated/enums";
import type { Prisma } from "@/lib/db/generated/client";

export interface CrmAttempt {
  campaignId: string;
  pledgeId: string;
  kind: CrmRequestKind;
  outcome: CrmAttemptOutcome;
  httpStatus?: number | null;
  error?: string | null;
  osdiIdentifier?: string | null;
}

/** One line of the push log the admin page shows: when, which pledge, what the CRM answered. */
export async function recordCrmAttempt(tx: Prisma.TransactionClient, attempt: CrmAttempt): Promise<void> {
  await tx.crmPushAttempt.create({
    data: {
      campaignId: attempt.campaignId,
      pledgeId: attempt.pledgeId,
      kind: attempt.kind,
      outcome: attempt.outcome,
      httpStatus: attempt.httpStatus ?? null,
      error: attempt.error ?? null,
      osdiIdentifier: attempt.osdiIdentifier ?? null,
    },
    select: { id: true },
  });
}

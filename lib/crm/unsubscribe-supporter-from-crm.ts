import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { decryptPersonal } from "@/lib/privacy/personal-data";
import { crmRequestOutcome, CrmUnavailableError, type CrmJobAttempt } from "./crm-job-outcome";
import { personUnsubscribeBody } from "./person-signup-body";
import { OSDI_TIMEOUT_MS, postPersonSignup } from "./post-person-signup";
import { readCrmCredentials } from "./read-crm-credentials";
import { recordCrmAttempt } from "./record-crm-attempt";

/**
 * The unsubscribe_supporter_from_crm job, queued by a withdrawal of a pushed supporter: the
 * person signup helper with the address and `"status": "unsubscribed"` (Action Network
 * documents this as the way to unsubscribe an existing person through the helper). OSDI's helper
 * cannot delete, so the admin page still asks the organiser to remove the copy. Sent even while
 * pushes are switched off: a withdrawal must reach the CRM. The address is erased as soon as the
 * CRM has answered for good (accepted, refused, or retries exhausted).
 */
export async function unsubscribeSupporterFromCrm(pledgeId: string, attempt: CrmJobAttempt = { final: false }): Promise<"unsubscribed" | "failed" | "retrying" | "nothing"> {
  const outcome = await db().$transaction((tx) => unsubscribeLocked(tx, pledgeId, attempt), { timeout: OSDI_TIMEOUT_MS + 10_000, maxWait: 10_000 });
  if (outcome === "retrying") throw new CrmUnavailableError(`CRM unsubscribe of pledge ${pledgeId} will be retried`);
  return outcome;
}

async function unsubscribeLocked(tx: Prisma.TransactionClient, pledgeId: string, attempt: CrmJobAttempt) {
  // Locked before it is read, like the push: two runs of this job never both send.
  await tx.$queryRaw`SELECT 1 FROM "CrmPush" WHERE "pledgeId" = ${pledgeId}::uuid FOR UPDATE`;
  const push = await tx.crmPush.findUnique({ where: { pledgeId }, select: { campaignId: true, unsubscribeEmailEncrypted: true } });
  if (!push?.unsubscribeEmailEncrypted) return "nothing";
  const { campaignId } = push;
  const done = async (outcome: "PUSHED" | "FAILED", httpStatus: number | null, error: string | null) => {
    await tx.crmPush.update({
      where: { pledgeId },
      data: { unsubscribeEmailEncrypted: null, ...(outcome === "PUSHED" ? { unsubscribedAt: new Date() } : {}) },
      select: { pledgeId: true },
    });
    await recordCrmAttempt(tx, { campaignId, pledgeId, kind: "UNSUBSCRIBE", outcome, httpStatus, error });
    return outcome === "PUSHED" ? ("unsubscribed" as const) : ("failed" as const);
  };

  const credentials = await readCrmCredentials(tx, campaignId);
  if (!credentials) return done("FAILED", null, "crm_off");
  if (credentials.keyRefusedAt) return done("FAILED", null, "key_refused");
  const email = decryptPersonal(push.unsubscribeEmailEncrypted, "crm.unsubscribe_email");
  const answer = await postPersonSignup(credentials.endpointUrl, credentials.apiKey, personUnsubscribeBody(email));
  const next = crmRequestOutcome(answer, attempt);
  const error = answer.kind === "accepted" ? null : answer.error;
  if (next === "retrying") {
    await recordCrmAttempt(tx, { campaignId, pledgeId, kind: "UNSUBSCRIBE", outcome: "RETRYING", httpStatus: answer.httpStatus, error });
    return "retrying";
  }
  return done(next === "pushed" ? "PUSHED" : "FAILED", answer.httpStatus, error);
}

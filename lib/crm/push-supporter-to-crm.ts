import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { decryptPersonal } from "@/lib/privacy/personal-data";
import { crmRequestOutcome, CrmUnavailableError, type CrmJobAttempt } from "./crm-job-outcome";
import { personSignupBody } from "./person-signup-body";
import { OSDI_TIMEOUT_MS, postPersonSignup } from "./post-person-signup";
import { readCrmCredentials } from "./read-crm-credentials";
import { recordCrmAttempt } from "./record-crm-attempt";

export type PushOutcome = "pushed" | "failed" | "skipped" | "retrying" | "nothing";

/**
 * The push_supporter_to_crm job: sends one supporter to the campaign's OSDI person signup helper.
 *
 * The pledge's CrmPush row is locked for the request (at most OSDI_TIMEOUT_MS), and the pledge is
 * read after the lock: a withdrawal, which locks the same row first, either happens before (and
 * nothing is sent) or waits and finds the push done (and sends the unsubscribe). Retries come
 * from the queue's back-off: this throws CrmUnavailableError after recording a 5xx, 429, timeout
 * or network failure; a refusal (4xx) is recorded and not retried.
 */
export async function pushSupporterToCrm(pledgeId: string, attempt: CrmJobAttempt = { final: false }): Promise<PushOutcome> {
  const outcome = await db().$transaction((tx) => pushLocked(tx, pledgeId, attempt), { timeout: OSDI_TIMEOUT_MS + 10_000, maxWait: 10_000 });
  if (outcome === "retrying") throw new CrmUnavailableError(`CRM push of pledge ${pledgeId} will be retried`);
  return outcome;
}

async function pushLocked(tx: Prisma.TransactionClient, pledgeId: string, attempt: CrmJobAttempt): Promise<PushOutcome> {
  const [push] = await tx.$queryRaw<{ campaignId: string; state: string; lastError: string | null }[]>`
    SELECT "campaignId"::text AS "campaignId", "state"::text AS "state", "lastError" FROM "CrmPush" WHERE "pledgeId" = ${pledgeId}::uuid FOR UPDATE`;
  if (!push || push.state !== "QUEUED") return "nothing";
  const { campaignId } = push;
  const skip = async (error: string): Promise<PushOutcome> => {
    await tx.crmPush.update({ where: { pledgeId }, data: { state: "SKIPPED", lastError: error }, select: { pledgeId: true } });
    await recordCrmAttempt(tx, { campaignId, pledgeId, kind: "SIGNUP", outcome: "SKIPPED", error });
    return "skipped";
  };

  const credentials = await readCrmCredentials(tx, campaignId);
  if (!credentials?.enabled) return skip("crm_off");
  if (credentials.keyRefusedAt) return fail(tx, campaignId, pledgeId, null, "key_refused");
  const pledge = await tx.pledge.findUnique({
    where: { id: pledgeId },
    select: { status: true, consentUpdates: true, nameEncrypted: true, emailEncrypted: true, country: true, cityName: true, locale: true, campaign: { select: { sensitiveCountries: true } } },
  });
  if (!pledge || pledge.status !== "CONFIRMED" || !pledge.consentUpdates || !pledge.emailEncrypted) return skip("not_eligible");

  const body = personSignupBody(
    {
      name: pledge.nameEncrypted ? decryptPersonal(pledge.nameEncrypted, "pledge.name") : null,
      email: decryptPersonal(pledge.emailEncrypted, "pledge.email"),
      country: pledge.country,
      cityName: pledge.cityName,
      locale: pledge.locale,
    },
    { tags: credentials.tags, sensitive: pledge.campaign.sensitiveCountries.includes(pledge.country) },
  );
  const answer = await postPersonSignup(credentials.endpointUrl, credentials.apiKey, body);
  const next = crmRequestOutcome(answer, attempt);
  if (next === "pushed" && answer.kind === "accepted") {
    await tx.crmPush.update({ where: { pledgeId }, data: { state: "PUSHED", osdiIdentifier: answer.identifier, pushedAt: new Date(), lastError: null }, select: { pledgeId: true } });
    await recordCrmAttempt(tx, { campaignId, pledgeId, kind: "SIGNUP", outcome: "PUSHED", httpStatus: answer.httpStatus, osdiIdentifier: answer.identifier });
    return "pushed";
  }
  const error = answer.kind === "accepted" ? null : answer.error;
  if (next === "retrying") {
    // One log line per change of error, not per retry: a day-long outage would otherwise write
    // 25 lines for every supporter waiting.
    if (error === push.lastError) return "retrying";
    await tx.crmPush.update({ where: { pledgeId }, data: { lastError: error }, select: { pledgeId: true } });
    await recordCrmAttempt(tx, { campaignId, pledgeId, kind: "SIGNUP", outcome: "RETRYING", httpStatus: answer.httpStatus, error });
    return "retrying";
  }
  // A refused key stops every other push of the campaign until an organiser changes it, so a
  // wrong key costs one request, not one per supporter.
  if (answer.httpStatus === 401 || answer.httpStatus === 403) {
    await tx.$executeRaw`UPDATE "CrmConnection" SET "keyRefusedAt" = now() WHERE "campaignId" = ${campaignId}::uuid`;
  }
  return fail(tx, campaignId, pledgeId, answer.httpStatus, error ?? "unexpected");
}

async function fail(tx: Prisma.TransactionClient, campaignId: string, pledgeId: string, httpStatus: number | null, error: string): Promise<PushOutcome> {
  await tx.crmPush.update({ where: { pledgeId }, data: { state: "FAILED", lastError: error }, select: { pledgeId: true } });
  await recordCrmAttempt(tx, { campaignId, pledgeId, kind: "SIGNUP", outcome: "FAILED", httpStatus, error });
  return "failed";
}

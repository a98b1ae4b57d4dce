import "server-only";
import type { PublicCampaign } from "@/lib/campaigns/get-current-campaign";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { SigningClosedError } from "@/lib/errors";
import { resolvePlace } from "@/lib/geo/gazetteer";
import { enqueueJob } from "@/lib/jobs/enqueue-job";
import { screenNewMessage, type ScreenedMessage } from "@/lib/moderation/screen-new-message";
import { emailLookupHash, encryptPersonal } from "@/lib/privacy/personal-data";
import { assessPledge, type PledgeSignals } from "@/lib/abuse/assess-pledge";
import type { ReviewReason } from "@/lib/fraud/review-filters";
import { emailDomainOf } from "@/lib/abuse/canonical-email";
import { spendPowChallenge } from "@/lib/abuse/pow/spend-pow-challenge";
import { countHits } from "@/lib/abuse/rate-limit/hit-rate-limit";
import type { PledgeAbuseSettings } from "@/lib/abuse/pledge-abuse-settings";
import type { PledgeInput } from "./schema";

/** What happened — for logs and tests only. Callers answer every outcome identically. */
export type CreatePledgeOutcome = "created" | "confirmation-resent" | "already-signed" | "nothing-sent";

export const MAX_CONFIRMATION_EMAILS = 3;
/** At most one "already signed" email per address in this window. */
export const REPEAT_EMAIL_WINDOW_SECONDS = 24 * 3600;

/** With its rate limits when the caller has them (getSigningCampaign), else they are read here. */
type CampaignForSigning = Pick<PublicCampaign, "id" | "slug" | "status" | "signingOpen" | "sensitiveCountries"> & Partial<PledgeAbuseSettings>;

/**
 * Stores a PENDING pledge (personal data encrypted) and enqueues its confirmation email in the
 * same transaction. An email that has signed before stores nothing new: a pending pledge gets
 * its confirmation again (at most 3 in all), a confirmed one an "already signed" email. The page
 * must answer all of these the same way, so the form never reveals who has signed.
 */
/**
 * `signals` come from the request (network hash, proof of work; lib/abuse/): a pledge with a
 * forged or replayed proof of work, or one of too many without any from one network, is stored
 * with a `reviewReason`, so confirming it holds it for review instead of counting it (ADR 0029).
 * Callers outside a request (seeds, tests) pass none. `siteOrigin`: the address of ours the
 * supporter signed through (APP_URL, a mirror, the onion service); the emails' links point there.
 */
export async function createPledge(
  campaign: CampaignForSigning,
  input: PledgeInput,
  locale: string,
  signals?: PledgeSignals,
  { siteOrigin }: { siteOrigin?: string } = {},
): Promise<CreatePledgeOutcome> {
  if (!campaign.signingOpen || campaign.status !== "LIVE") {
    throw new SigningClosedError(`signing is closed for ${campaign.slug}`);
  }
  const emailDomain = emailDomainOf(input.email);
  // Both before the transaction, side by side: neither needs the pledge's row or its lock.
  const [reviewReason, screened] = await Promise.all([
    signals ? assessPledge(campaign, emailDomain, signals) : null,
    screenNewMessage(campaign.id, input.message, locale),
  ]);
  const abuse: AbuseFields = { emailDomain, reviewReason, signals, mail: siteOrigin ? { origin: siteOrigin } : {} };
  try {
    return await storePledge(campaign, input, locale, abuse, screened);
  } catch (error) {
    // Two submissions with the same email raced past the lookup; the second now sees the first.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return storePledge(campaign, input, locale, abuse, screened);
    }
    throw error;
  }
}

interface AbuseFields {
  emailDomain: string;
  reviewReason: ReviewReason | null;
  signals: PledgeSignals | undefined;
  /** Added to every email job's payload: which of our addresses its links use. */
  mail: { origin?: string };
}

function storePledge(campaign: CampaignForSigning, input: PledgeInput, locale: string, abuse: AbuseFields, screened: ScreenedMessage): Promise<CreatePledgeOutcome> {
  const emailHash = emailLookupHash(input.email);
  // CPU work (the gazetteer lookup, which loads the city list on first use, and the encryption)
  // happens before the transaction: inside it, it held a pooled connection idle and, on a cold
  // instance, outlasted the transaction's 5 s limit (docs/PERFORMANCE.md).
  const sensitive = campaign.sensitiveCountries.includes(input.country);
  const city = input.city ? resolvePlace(input.country, input.city) : null;
  const shownPublicly = !sensitive || input.publicInSensitiveCountry;
  const nameEncrypted = encryptPersonal(input.name, "pledge.name");
  const emailEncrypted = encryptPersonal(input.email, "pledge.email");
  return db().$transaction(async (tx) => {
    // Spent in this transaction: if storing fails, the same solution may be sent again.
    const pow = abuse.signals?.proofOfWork;
    const replayed = pow?.status === "solved" && !(await spendPowChallenge(tx, pow.signature, pow.expiresAt));
    const reviewReason = abuse.reviewReason ?? (replayed ? "no_proof_of_work" : null);
    const existing = await tx.pledge.findUnique({
      where: { campaignId_emailHash: { campaignId: campaign.id, emailHash } },
      select: { id: true, status: true, confirmationEmailsSent: true },
    });
    if (existing) return handleRepeatSigner(tx, { ...existing, campaignId: campaign.id, emailHash }, reviewReason, abuse.mail);

    const pledge = await tx.pledge.create({
      data: {
        campaignId: campaign.id,
        nameEncrypted,
        emailEncrypted,
        emailHash,
        country: input.country,
        // The city's coordinates from the gazetteer, never a person's; unknown places stay text.
        cityName: city?.name ?? null,
        cityLatitude: city?.place?.lat ?? null,
        cityLongitude: city?.place?.lon ?? null,
        cityGeonameId: city?.place?.id ?? null,
        displayMode: shownPublicly ? input.displayMode : "ANONYMOUS",
        publicInSensitiveCountry: sensitive && input.publicInSensitiveCountry,
        message: input.message,
        ...screened,
        locale,
        consentProcessing: input.consentProcessing,
        consentUpdates: input.consentUpdates,
        confirmationEmailsSent: 1,
        emailDomain: abuse.emailDomain,
        reviewReason,
        networkHash: abuse.signals?.networkHash ?? null,
        networkHashedAt: abuse.signals ? new Date() : null,
      },
      select: { id: true },
    });
    await enqueueJob(tx, "send_pledge_email", { pledgeId: pledge.id, kind: "confirm", ...abuse.mail });
    return "created";
  });
}

/**
 * A repeat of a known address sends an email only when the submission would have counted as a
 * new pledge (a valid, unspent proof of work, or none within the network's allowance) and at most
 * one "already signed" email per address per day: otherwise anyone could flood a supporter's
 * inbox from our server by typing their address (issue #13). The form's answer is the same.
 */
async function handleRepeatSigner(
  tx: Prisma.TransactionClient,
  pledge: { id: string; status: string; confirmationEmailsSent: number; campaignId: string; emailHash: string },
  reviewReason: ReviewReason | null,
  mail: { origin?: string },
): Promise<CreatePledgeOutcome> {
  if (reviewReason) return "nothing-sent";
  if (pledge.status === "CONFIRMED") {
    const repeatsToday = await countHits(`pledge:repeat:${pledge.campaignId}:${pledge.emailHash}`, REPEAT_EMAIL_WINDOW_SECONDS, 1, new Date(), tx);
    if (repeatsToday > 1) return "nothing-sent";
    await enqueueJob(tx, "send_pledge_email", { pledgeId: pledge.id, kind: "already-signed", ...mail });
    return "already-signed";
  }
  if (pledge.status === "PENDING" && pledge.confirmationEmailsSent < MAX_CONFIRMATION_EMAILS) {
    // Conditional increment: concurrent repeats cannot push the count past the limit.
    const updated = await tx.pledge.updateMany({
      where: { id: pledge.id, confirmationEmailsSent: { lt: MAX_CONFIRMATION_EMAILS } },
      data: { confirmationEmailsSent: { increment: 1 } },
    });
    if (updated.count === 1) {
      await enqueueJob(tx, "send_pledge_email", { pledgeId: pledge.id, kind: "confirm", ...mail });
      return "confirmation-resent";
    }
  }
  return "nothing-sent";
}

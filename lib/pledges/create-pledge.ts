import "server-only";
import type { PublicCampaign } from "@/lib/campaigns/get-current-campaign";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { SigningClosedError } from "@/lib/errors";
import { emailLookupHash, encryptPersonal } from "@/lib/privacy/personal-data";
import type { PledgeInput } from "./schema";

export type CreatePledgeOutcome = "created" | "already-signed";

/**
 * Stores a new PENDING pledge with its personal data encrypted. A second pledge with the same
 * email (same keyed hash) for the campaign stores nothing; the caller must answer both cases
 * identically so the form never reveals who has signed.
 */
export async function createPledge(
  campaign: Pick<PublicCampaign, "id" | "slug" | "status" | "signingOpen">,
  input: PledgeInput,
  locale: string,
): Promise<CreatePledgeOutcome> {
  if (!campaign.signingOpen || campaign.status !== "LIVE") {
    throw new SigningClosedError(`signing is closed for ${campaign.slug}`);
  }
  try {
    await db().pledge.create({
      data: {
        campaignId: campaign.id,
        nameEncrypted: encryptPersonal(input.name, "pledge.name"),
        emailEncrypted: encryptPersonal(input.email, "pledge.email"),
        emailHash: emailLookupHash(input.email),
        country: input.country,
        displayMode: input.displayMode,
        message: input.message,
        messageStatus: input.message ? "PENDING" : null,
        locale,
        consentProcessing: input.consentProcessing,
        consentUpdates: input.consentUpdates,
      },
      select: { id: true },
    });
    return "created";
  } catch (error) {
    if (isUniqueViolation(error)) return "already-signed";
    throw error;
  }
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

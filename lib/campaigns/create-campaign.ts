import "server-only";
import { recordAuditEntry } from "@/lib/audit/record-audit-entry";
import { auditActorOf, authoriseInstance, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { ValidationError } from "@/lib/errors";
import type { NewCampaignInput } from "./new-campaign-schema";

/**
 * Creates a campaign (instance ADMIN only) with the schema's defaults for every setting (signing
 * open, BY sensitive, k = 5…), which its admins then change in its own settings. A taken slug is
 * a field error, also when another admin took it a moment earlier (the unique index decides).
 */
export async function createCampaign(actor: Actor, input: NewCampaignInput): Promise<{ id: string; slug: string }> {
  authoriseInstance(actor, "ADMIN");
  try {
    return await db().$transaction(async (tx) => {
      const campaign = await tx.campaign.create({ data: input, select: { id: true, slug: true } });
      await recordAuditEntry(tx, {
        actor: auditActorOf(actor),
        action: "campaign.create",
        target: { type: "campaign", id: campaign.id },
        details: { ...input },
        campaignId: campaign.id,
      });
      return campaign;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new ValidationError({ slug: ["slugTaken"] });
    throw error;
  }
}

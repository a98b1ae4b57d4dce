import "server-only";
import { recordAuditEntry } from "@/lib/audit/record-audit-entry";
import { auditActorOf, authorise, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/routing";

/**
 * Saves the organiser-edited story of one locale (ADMIN only) and records "story.edit" in the same
 * transaction. An empty text removes the edited version, so the public page falls back to the
 * bundled content/<locale>/story.md. The log keeps lengths, not the text: the story is public.
 */
export async function saveCampaignStory(
  actor: Actor,
  campaignId: string,
  story: { locale: Locale; markdown: string },
): Promise<{ outcome: "saved" | "reverted" | "unchanged" }> {
  authorise(actor, "ADMIN", campaignId);
  const updatedBy = actor.kind === "cli" ? "cli" : actor.email;
  return db().$transaction(async (tx) => {
    const where = { campaignId_locale: { campaignId, locale: story.locale } };
    const previous = await tx.campaignStory.findUnique({ where, select: { markdown: true } });
    if ((previous?.markdown ?? "") === story.markdown) return { outcome: "unchanged" as const };
    if (story.markdown === "") await tx.campaignStory.delete({ where, select: { locale: true } });
    else {
      await tx.campaignStory.upsert({
        where,
        create: { campaignId, locale: story.locale, markdown: story.markdown, updatedBy },
        update: { markdown: story.markdown, updatedBy },
        select: { locale: true },
      });
    }
    const outcome = story.markdown === "" ? ("reverted" as const) : ("saved" as const);
    await recordAuditEntry(tx, {
      campaignId,
      actor: auditActorOf(actor),
      action: "story.edit",
      target: { type: "campaign", id: campaignId },
      details: { locale: story.locale, outcome, charactersBefore: previous?.markdown.length ?? 0, charactersAfter: story.markdown.length },
    });
    return { outcome };
  });
}

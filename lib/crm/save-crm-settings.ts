import "server-only";
import { recordAuditEntry } from "@/lib/audit/record-audit-entry";
import { auditActorOf, authorise, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { serverEnv } from "@/lib/env";
import { ValidationError } from "@/lib/errors";
import { encryptPersonal } from "@/lib/privacy/personal-data";
import { crmSettingsSchema, isLoopbackUrl, type CrmSettingsInput } from "./crm-settings-schema";

/**
 * Saves the campaign's CRM connection (ADMIN only). The key is encrypted at once and never read
 * back to a page; an empty key field keeps the one that is set. Switching pushes on needs a key.
 * Changing the key or the address clears a refusal of the old key, so pushes resume (the
 * backfill queues the ones that failed meanwhile). The audit entry records what changed, the key
 * only as "set" or "replaced".
 */
export async function saveCrmSettings(actor: Actor, campaignId: string, input: CrmSettingsInput): Promise<void> {
  authorise(actor, "ADMIN", campaignId);
  const settings = crmSettingsSchema.parse(input);
  // Plain http only to this machine and only outside production: a key must not cross a network in clear text.
  if (new URL(settings.endpointUrl).protocol === "http:" && (serverEnv().NODE_ENV === "production" || !isLoopbackUrl(new URL(settings.endpointUrl)))) {
    throw new ValidationError({ endpointUrl: ["crmUrlInvalid"] });
  }
  const by = auditActorOf(actor);
  await db().$transaction(async (tx) => {
    const before = await tx.crmConnection.findUnique({ where: { campaignId }, select: { endpointUrl: true, tags: true, enabled: true, apiKeyEncrypted: true } });
    const keySet = Boolean(settings.apiKey ?? before?.apiKeyEncrypted);
    if (settings.enabled && !keySet) throw new ValidationError({ apiKey: ["crmApiKeyRequired"] });
    const apiKeyEncrypted = settings.apiKey ? encryptPersonal(settings.apiKey, "crm.api_key") : undefined;
    const credentialsChanged = Boolean(settings.apiKey) || before?.endpointUrl !== settings.endpointUrl;
    const data = {
      endpointUrl: settings.endpointUrl,
      tags: settings.tags,
      enabled: settings.enabled,
      updatedBy: by.actorLabel,
      ...(apiKeyEncrypted ? { apiKeyEncrypted } : {}),
      ...(credentialsChanged ? { keyRefusedAt: null } : {}),
    };
    await tx.crmConnection.upsert({ where: { campaignId }, create: { campaignId, ...data }, update: data, select: { campaignId: true } });
    await recordAuditEntry(tx, {
      actor: by,
      action: "crm.settings_change",
      target: { type: "campaign", id: campaignId },
      details: {
        before: before ? { endpointUrl: before.endpointUrl, tags: before.tags, enabled: before.enabled } : {},
        after: { endpointUrl: settings.endpointUrl, tags: settings.tags, enabled: settings.enabled },
        apiKey: settings.apiKey ? (before?.apiKeyEncrypted ? "replaced" : "set") : "unchanged",
      },
    });
  });
}

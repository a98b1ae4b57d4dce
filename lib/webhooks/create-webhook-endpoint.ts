import "server-only";
import { randomBytes } from "node:crypto";
import { recordAuditEntry } from "@/lib/audit/record-audit-entry";
import { auditActorOf, authorise, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { ValidationError } from "@/lib/errors";
import { webhookUrlProblem } from "./check-webhook-url";
import { generateWebhookSecret, encryptWebhookSecret } from "./webhook-secret";
import { ALWAYS_SENT } from "./webhook-event-types";
import { endpointSettingsSchema, type EndpointSettings } from "./webhook-schemas";

/** Most endpoints one campaign may have: each event is stored and posted once per endpoint. */
export const MAX_ENDPOINTS_PER_CAMPAIGN = 20;

/**
 * Registers an endpoint (ADMIN only) and returns its signing secret, the only time it is shown in
 * clear. The audit entry names the endpoint's host and events, never the secret.
 */
export async function createWebhookEndpoint(actor: Actor, campaignId: string, input: EndpointSettings): Promise<{ id: string; secret: string }> {
  authorise(actor, "ADMIN", campaignId);
  const parsed = endpointSettingsSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError({ [String(parsed.error.issues[0]?.path[0] ?? "url")]: [parsed.error.issues[0]?.message ?? "webhookUrlInvalid"] });
  const url = parsed.data.url;
  const events = [...new Set([...parsed.data.events, ...ALWAYS_SENT])];
  const problem = webhookUrlProblem(url);
  if (problem) throw new ValidationError({ url: [problem] });
  const secret = generateWebhookSecret();
  return db().$transaction(async (tx) => {
    if ((await tx.webhookEndpoint.count({ where: { campaignId } })) >= MAX_ENDPOINTS_PER_CAMPAIGN) throw new ValidationError({ url: ["webhookTooMany"] });
    const row = await tx.webhookEndpoint.create({
      data: { campaignId, url, events, secretEncrypted: encryptWebhookSecret(secret), supporterKey: randomBytes(32) },
      select: { id: true },
    });
    await recordAuditEntry(tx, { actor: auditActorOf(actor), action: "webhook.create", target: { type: "webhook", id: row.id }, details: { host: new URL(url).host, events } });
    return { id: row.id, secret };
  });
}

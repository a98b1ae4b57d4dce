import "server-only";
import { recordAuditEntry } from "@/lib/audit/record-audit-entry";
import { auditActorOf, authorise, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { ValidationError } from "@/lib/errors";
import { scheduleWebhookDelivery } from "./schedule-webhook-delivery";
import { generateWebhookSecret, encryptWebhookSecret } from "./webhook-secret";

// The admin's operations on one endpoint (ADMIN only), each with its audit entry in the same
// transaction. The endpoint must belong to the campaign the admin is working on.

async function inCampaign(tx: Prisma.TransactionClient, campaignId: string, id: string): Promise<{ host: string; enabled: boolean }> {
  const endpoint = await tx.webhookEndpoint.findFirst({ where: { id, campaignId }, select: { url: true, enabled: true } });
  // Deleted meanwhile (another tab, another admin): the form says so in the admin's language.
  if (!endpoint) throw new ValidationError({ id: ["webhookUnknown"] });
  return { host: new URL(endpoint.url).host, enabled: endpoint.enabled };
}

/**
 * Enables or disables an endpoint. Enabling starts afresh: no back-off left over, and whatever
 * waited (deletion events included) is delivered at once.
 */
export async function setWebhookEnabled(actor: Actor, campaignId: string, id: string, enabled: boolean): Promise<void> {
  authorise(actor, "ADMIN", campaignId);
  await db().$transaction(async (tx) => {
    const { host } = await inCampaign(tx, campaignId, id);
    await tx.webhookEndpoint.update({ where: { id }, data: enabled ? { enabled, consecutiveFailures: 0, nextAttemptAt: null } : { enabled }, select: { id: true } });
    if (enabled) await scheduleWebhookDelivery(tx, id);
    await recordAuditEntry(tx, { actor: auditActorOf(actor), action: enabled ? "webhook.enable" : "webhook.disable", target: { type: "webhook", id }, details: { host } });
  });
}

/** Deletes an endpoint with its outbox and log. */
export async function deleteWebhookEndpoint(actor: Actor, campaignId: string, id: string): Promise<void> {
  authorise(actor, "ADMIN", campaignId);
  await db().$transaction(async (tx) => {
    const { host } = await inCampaign(tx, campaignId, id);
    await tx.webhookEndpoint.delete({ where: { id }, select: { id: true } });
    await recordAuditEntry(tx, { actor: auditActorOf(actor), action: "webhook.delete", target: { type: "webhook", id }, details: { host } });
  });
}

/** A new signing secret, returned once; the old one stops working at once. */
export async function rotateWebhookSecret(actor: Actor, campaignId: string, id: string): Promise<{ secret: string }> {
  authorise(actor, "ADMIN", campaignId);
  const secret = generateWebhookSecret();
  await db().$transaction(async (tx) => {
    const { host } = await inCampaign(tx, campaignId, id);
    await tx.webhookEndpoint.update({ where: { id }, data: { secretEncrypted: encryptWebhookSecret(secret) }, select: { id: true } });
    await recordAuditEntry(tx, { actor: auditActorOf(actor), action: "webhook.rotate_secret", target: { type: "webhook", id }, details: { host } });
  });
  return { secret };
}

/**
 * "Send test": a webhook.test event for this endpoint alone, due now, past any back-off, so an
 * organiser who fixed their receiver sees the result (and the backlog goes out) straight away.
 */
export async function sendWebhookTest(actor: Actor, campaignId: string, id: string): Promise<void> {
  authorise(actor, "ADMIN", campaignId);
  await db().$transaction(async (tx) => {
    const { host, enabled } = await inCampaign(tx, campaignId, id);
    if (!enabled) throw new ValidationError({ id: ["webhookDisabled"] });
    await tx.webhookEvent.create({ data: { endpointId: id, type: "webhook.test", occurredAt: new Date() }, select: { seq: true } });
    await tx.webhookEndpoint.update({ where: { id }, data: { consecutiveFailures: 0, nextAttemptAt: null }, select: { id: true } });
    await scheduleWebhookDelivery(tx, id);
    await recordAuditEntry(tx, { actor: auditActorOf(actor), action: "webhook.test", target: { type: "webhook", id }, details: { host } });
  });
}

import "server-only";
import { db } from "@/lib/db/client";
import type { DisplayMode } from "@/lib/db/generated/enums";
import { publicDisplayName } from "@/lib/pledges/display-name";
import { decryptPersonal } from "@/lib/privacy/personal-data";
import { supporterIdFor } from "./supporter-id";

// The payloads of docs/WEBHOOKS.md, built when they are sent, from what the supporter shares at
// that moment. The rules are the site's own: a name as the supporter chose to show it publicly;
// nothing that names or places a supporter from a sensitive country unless they opted in (as the
// public wall); an email address only with consent to updates (as the supporters' CSV). Never an
// IP, a network hash or a review reason.

export interface OutboxEvent {
  seq: bigint;
  id: string;
  type: string;
  pledgeId: string | null;
  data: unknown;
  occurredAt: Date;
}

export interface WebhookPayload {
  id: string;
  type: string;
  createdAt: string;
  campaign: { id: string; slug: string };
  data: Record<string, unknown>;
}

const pledgeSelect = {
  id: true,
  status: true,
  nameEncrypted: true,
  emailEncrypted: true,
  country: true,
  cityName: true,
  displayMode: true,
  publicInSensitiveCountry: true,
  consentUpdates: true,
  locale: true,
  confirmedAt: true,
  message: true,
  messageStatus: true,
  messageFeatured: true,
} as const;

type SharedPledge = {
  id: string;
  status: string;
  nameEncrypted: string | null;
  emailEncrypted: string | null;
  country: string;
  cityName: string | null;
  displayMode: DisplayMode;
  publicInSensitiveCountry: boolean;
  consentUpdates: boolean;
  locale: string;
  confirmedAt: Date | null;
  message: string | null;
  messageStatus: string | null;
  messageFeatured: boolean;
};

/** Payloads in outbox order; `dropped`: events whose subject shares nothing any more. */
export async function buildWebhookPayloads(endpoint: { campaignId: string; supporterKey: Uint8Array }, events: OutboxEvent[]): Promise<{ payloads: WebhookPayload[]; dropped: bigint[] }> {
  const campaign = await db().campaign.findUniqueOrThrow({ where: { id: endpoint.campaignId }, select: { id: true, slug: true, sensitiveCountries: true } });
  const pledgeIds = [...new Set(events.flatMap((event) => (event.pledgeId ? [event.pledgeId] : [])))];
  const pledges = new Map((await db().pledge.findMany({ where: { id: { in: pledgeIds } }, select: pledgeSelect })).map((pledge) => [pledge.id, pledge as SharedPledge]));
  const payloads: WebhookPayload[] = [];
  const dropped: bigint[] = [];
  for (const event of events) {
    const pledge = event.pledgeId ? pledges.get(event.pledgeId) : undefined;
    const supporterId = event.pledgeId ? supporterIdFor(endpoint.supporterKey, event.pledgeId) : undefined;
    const data = dataOf(event, pledge, supporterId, campaign.sensitiveCountries);
    if (data === null) dropped.push(event.seq);
    else payloads.push({ id: event.id, type: event.type, createdAt: event.occurredAt.toISOString(), campaign: { id: campaign.id, slug: campaign.slug }, data });
  }
  return { payloads, dropped };
}

function dataOf(event: OutboxEvent, pledge: SharedPledge | undefined, supporterId: string | undefined, sensitiveCountries: string[]): Record<string, unknown> | null {
  switch (event.type) {
    case "pledge.confirmed":
      return pledge && supporterId && pledge.status === "CONFIRMED" ? confirmedData(pledge, supporterId, sensitiveCountries) : null;
    case "message.approved":
      return pledge && supporterId ? messageData(pledge, supporterId, sensitiveCountries) : null;
    case "pledge.withdrawn":
      // Only the id: the pledge's personal data is already erased, and that is the point.
      return supporterId ? { supporterId } : null;
    case "count.milestone": {
      const figures = (event.data ?? {}) as { milestone?: unknown; total?: unknown };
      return typeof figures.milestone === "number" && typeof figures.total === "number" ? { milestone: figures.milestone, total: figures.total } : null;
    }
    case "webhook.test":
      return { test: true };
    default:
      return null;
  }
}

/** A supporter from a sensitive country who did not opt in: never named, never placed. */
function hidden(pledge: SharedPledge, sensitiveCountries: string[]): boolean {
  return sensitiveCountries.includes(pledge.country) && !pledge.publicInSensitiveCountry;
}

function displayNameOf(pledge: SharedPledge, sensitiveCountries: string[]): string | null {
  if (hidden(pledge, sensitiveCountries) || pledge.displayMode === "ANONYMOUS" || !pledge.nameEncrypted) return null;
  return publicDisplayName(decryptPersonal(pledge.nameEncrypted, "pledge.name"), pledge.displayMode);
}

function confirmedData(pledge: SharedPledge, supporterId: string, sensitiveCountries: string[]): Record<string, unknown> {
  const data: Record<string, unknown> = {
    supporterId,
    country: pledge.country,
    city: hidden(pledge, sensitiveCountries) ? null : pledge.cityName,
    displayName: displayNameOf(pledge, sensitiveCountries),
    locale: pledge.locale,
    confirmedAt: pledge.confirmedAt?.toISOString() ?? null,
  };
  // Consent to hear from the campaign is what makes an address shareable (as in the CSV export);
  // the full name comes with it, except where a name is never shared without the opt-in.
  if (pledge.consentUpdates && pledge.emailEncrypted) {
    data.contact = {
      email: decryptPersonal(pledge.emailEncrypted, "pledge.email"),
      name: hidden(pledge, sensitiveCountries) || !pledge.nameEncrypted ? null : decryptPersonal(pledge.nameEncrypted, "pledge.name"),
    };
  }
  return data;
}

/** Exactly what the public wall shows of the message, or null when the wall does not show it. */
function messageData(pledge: SharedPledge, supporterId: string, sensitiveCountries: string[]): Record<string, unknown> | null {
  if (pledge.status !== "CONFIRMED" || pledge.messageStatus !== "APPROVED" || !pledge.message || hidden(pledge, sensitiveCountries)) return null;
  return { supporterId, message: pledge.message, displayName: displayNameOf(pledge, sensitiveCountries), country: pledge.country, featured: pledge.messageFeatured };
}

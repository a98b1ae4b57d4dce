import "server-only";
import { authorise, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";

/** Delivery log rows shown per endpoint (the newest). */
export const LOG_ROWS = 20;

export interface WebhookEndpointView {
  id: string;
  url: string;
  events: string[];
  enabled: boolean;
  failingSince: Date | null;
  nextAttemptAt: Date | null;
  lastSuccessAt: Date | null;
  createdAt: Date;
  pending: number;
  deliveries: { id: string; at: Date; attempt: number; eventTypes: string[]; eventCount: number; status: number | null; error: string | null; durationMs: number }[];
}

/** The campaign's endpoints for the admin page (ADMIN only), with each one's recent deliveries. Never the secret. */
export async function readWebhookEndpoints(actor: Actor, campaignId: string): Promise<WebhookEndpointView[]> {
  authorise(actor, "ADMIN", campaignId);
  const endpoints = await db().webhookEndpoint.findMany({
    where: { campaignId },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      url: true,
      events: true,
      enabled: true,
      failingSince: true,
      nextAttemptAt: true,
      lastSuccessAt: true,
      createdAt: true,
      deliveries: { orderBy: { at: "desc" }, take: LOG_ROWS, select: { id: true, at: true, attempt: true, eventTypes: true, eventCount: true, status: true, error: true, durationMs: true } },
    },
  });
  const pending = await db().webhookEvent.groupBy({ by: ["endpointId"], where: { endpointId: { in: endpoints.map((endpoint) => endpoint.id) }, deliveredAt: null }, _count: { _all: true } });
  const pendingOf = new Map(pending.map((row) => [row.endpointId, row._count._all]));
  return endpoints.map((endpoint) => ({ ...endpoint, pending: pendingOf.get(endpoint.id) ?? 0 }));
}

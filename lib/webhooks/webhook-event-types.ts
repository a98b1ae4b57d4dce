// Client-safe: the events a webhook endpoint can receive. Names are part of the public contract
// (docs/WEBHOOKS.md): add new ones, never rename.

/** What an organiser can subscribe to. */
export const WEBHOOK_EVENT_TYPES = ["pledge.confirmed", "pledge.withdrawn", "message.approved", "count.milestone"] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

/** Sent only when an organiser presses "Send test". */
export const WEBHOOK_TEST_EVENT = "webhook.test";

/**
 * The deletion event is not optional: every endpoint that was told about a supporter is told when
 * they withdraw, whatever it subscribed to, so it is always on.
 */
export const ALWAYS_SENT: readonly WebhookEventType[] = ["pledge.withdrawn"];

export function isWebhookEventType(value: unknown): value is WebhookEventType {
  return typeof value === "string" && (WEBHOOK_EVENT_TYPES as readonly string[]).includes(value);
}

import { z } from "zod";
import { ALWAYS_SENT, WEBHOOK_EVENT_TYPES, type WebhookEventType } from "./webhook-event-types";

// Client-safe: the admin webhook forms and the server parse with the same schemas. The URL's
// policy (https, no private networks in production) depends on the server's configuration and is
// checked again on the server (lib/webhooks/check-webhook-url.ts).

/** The form's checkbox per event type: "pledge.confirmed" → "event_pledge_confirmed". */
export const eventFieldName = (type: WebhookEventType) => `event_${type.replace(".", "_")}` as const;

const checkbox = z.literal("on").optional();

export const endpointSchema = z
  .object({
    url: z.string().trim().min(1, "webhookUrlRequired").max(2000, "webhookUrlTooLong").pipe(z.url({ error: "webhookUrlInvalid" })),
    event_pledge_confirmed: checkbox,
    event_message_approved: checkbox,
    event_count_milestone: checkbox,
  })
  .transform((input, context) => {
    const events = WEBHOOK_EVENT_TYPES.filter((type) => ALWAYS_SENT.includes(type) || (input as Record<string, unknown>)[eventFieldName(type)] === "on");
    if (events.length === ALWAYS_SENT.length) {
      context.addIssue({ code: "custom", path: ["events"], message: "webhookEventsRequired" });
      return z.NEVER;
    }
    return { url: input.url, events };
  });
export type EndpointFormInput = z.input<typeof endpointSchema>;

/** What the form turns into, and what the server checks again (the form's schema is not idempotent). */
export const endpointSettingsSchema = z.object({
  url: z.string().trim().min(1, "webhookUrlRequired").max(2000, "webhookUrlTooLong").pipe(z.url({ error: "webhookUrlInvalid" })),
  events: z.array(z.enum(WEBHOOK_EVENT_TYPES)).refine((events) => events.some((type) => !ALWAYS_SENT.includes(type)), "webhookEventsRequired"),
});
export type EndpointSettings = z.input<typeof endpointSettingsSchema>;
export type EndpointField = keyof z.input<typeof endpointSchema> | "events";

export const endpointIdSchema = z.object({ id: z.uuid("webhookUnknown") });
export const endpointEnabledSchema = z.object({ id: z.uuid("webhookUnknown"), enabled: z.enum(["true", "false"]).transform((value) => value === "true") });

import { z } from "zod";
import { CAMPAIGN_SLUG_PATTERN } from "./admin-campaign-cookie";

// Client-safe: the "New campaign" form (/admin/campaigns/new), parsed again on the server.
// Messages are keys (components/admin/ui/form-messages.ts, messages/*/admin-campaigns.json).

export const CAMPAIGN_TITLE_MAX_LENGTH = 200;
export const NEW_CAMPAIGN_STATUSES = ["DRAFT", "LIVE"] as const;

export const newCampaignSchema = z.object({
  // Lower case is asked for, not silently made: the address is what the organiser will print.
  slug: z.string({ error: "slugInvalid" }).trim().regex(CAMPAIGN_SLUG_PATTERN, { error: "slugInvalid" }),
  title: z.string({ error: "titleInvalid" }).trim().normalize("NFC").min(3, { error: "titleInvalid" }).max(CAMPAIGN_TITLE_MAX_LENGTH, { error: "titleInvalid" }),
  goal: z
    .string({ error: "goalInvalid" })
    .trim()
    .regex(/^\d{1,9}$/, { error: "goalInvalid" })
    .transform(Number)
    .pipe(z.number().int().min(1, { error: "goalInvalid" })),
  status: z.enum(NEW_CAMPAIGN_STATUSES, { error: "statusInvalid" }),
});

export type NewCampaignInput = z.infer<typeof newCampaignSchema>;
export type NewCampaignField = keyof z.input<typeof newCampaignSchema>;

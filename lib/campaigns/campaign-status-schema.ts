import { z } from "zod";

// Client-safe: the campaign settings' visibility form (/admin/settings). DRAFT: hidden from the
// public; LIVE: public and signing; CLOSED: public, no signing (ADR 0054).
export const CAMPAIGN_STATUSES = ["DRAFT", "LIVE", "CLOSED"] as const;
export const campaignStatusSchema = z.object({ status: z.enum(CAMPAIGN_STATUSES, { error: "statusInvalid" }) });

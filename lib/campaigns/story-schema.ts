import { z } from "zod";
import { routing } from "@/lib/i18n/routing";

// Client-safe: the story editor on /admin/settings/story. "preview" renders the draft on the
// server without saving; "save" stores it. An empty story falls back to content/<locale>/story.md.

export const STORY_MAX_LENGTH = 50_000;

export const campaignStorySchema = z.object({
  locale: z.enum(routing.locales, { error: "localeInvalid" }),
  markdown: z
    .string()
    .max(STORY_MAX_LENGTH, { error: "storyTooLong" })
    .transform((text) => text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n").trim()),
  intent: z.enum(["preview", "save"]).default("save"),
});

export type CampaignStoryInput = z.output<typeof campaignStorySchema>;

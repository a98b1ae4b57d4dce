"use server";

import { redirect } from "next/navigation";
import { Markdown } from "@/components/story/markdown";
import { formAction } from "@/lib/actions/form-action";
import { requireOrganiser } from "@/lib/auth/require-organiser";
import { getAdminCampaign } from "@/lib/campaigns/get-admin-campaign";
import { saveCampaignStory } from "@/lib/campaigns/save-campaign-story";
import { campaignStorySchema, STORY_MAX_LENGTH } from "@/lib/campaigns/story-schema";
import type { StoryEditorState } from "@/components/admin/settings/story-editor-state";

// ADMIN only (checked here and inside saveCampaignStory). "Preview" renders the draft with the
// public page's own renderer (components/story/markdown.tsx: no raw HTML) and stores nothing.
const saveOrPreview = formAction(
  campaignStorySchema,
  async ({ locale, markdown, intent }) => {
    const actor = await requireOrganiser("ADMIN");
    if (intent === "preview") return "preview";
    const { outcome } = await saveCampaignStory(actor, (await getAdminCampaign()).id, { locale, markdown });
    redirect(`/admin/settings/story?locale=${locale}&done=${outcome}`);
  },
  { echoFields: ["locale"] },
);

export async function storyEditorAction(previous: StoryEditorState, formData: FormData): Promise<StoryEditorState> {
  const state = await saveOrPreview(previous, formData);
  const raw = formData.get("markdown");
  const draft = typeof raw === "string" ? raw.slice(0, STORY_MAX_LENGTH + 1) : "";
  const parsed = campaignStorySchema.shape.markdown.safeParse(draft);
  const preview = state.outcome === "preview" && parsed.success ? <Markdown markdown={parsed.data} topHeadingLevel={3} /> : undefined;
  return { ...state, draft, preview };
}

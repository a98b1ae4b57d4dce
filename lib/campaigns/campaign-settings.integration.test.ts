import { afterAll, describe, expect, it } from "vitest";
import { addOrganiser } from "@/lib/auth/add-organiser";
import { cliActor, type Organiser } from "@/lib/auth/actor";
import { organiserEmail } from "@/tests/support/auth";
import type { OrganiserRole } from "@/lib/auth/roles";
import { readCampaignStory } from "@/lib/content/read-campaign-story";
import { readStory } from "@/lib/content/read-story";
import { db } from "@/lib/db/client";
import { ForbiddenError } from "@/lib/errors";
import { createTestCampaign } from "@/tests/factories/campaign";
import { readCampaignSettings } from "./read-campaign-settings";
import { saveCampaignStory } from "./save-campaign-story";
import { campaignSettingsSchema } from "./settings-schema";
import { updateCampaignSettings } from "./update-campaign-settings";

afterAll(() => db().$disconnect());

async function organiser(role: OrganiserRole): Promise<Organiser> {
  const email = organiserEmail(role.toLowerCase());
  const { id } = await addOrganiser(cliActor(), { email, role });
  return { kind: "organiser", id, email, role };
}

const auditOf = (campaignId: string, action: string) =>
  db().auditLogEntry.findMany({ where: { targetId: campaignId, action }, orderBy: { id: "asc" }, select: { actorLabel: true, details: true } });

const validForm = {
  goal: "5000",
  sensitiveCountries: "by, ru",
  mapThreshold: "5",
  anomalyThreshold: "100",
  retentionMonths: "6",
  blockedWordsEn: "spam\n\n  Spam \nbuy now",
  blockedWordsBe: "",
  blockedWordsRu: "",
  blockedWordsAll: "",
};

describe("campaign settings", () => {
  it("parses the form: codes upper-cased and sorted, one word per line, duplicates once", () => {
    const parsed = campaignSettingsSchema.parse(validForm);
    expect(parsed).toMatchObject({ goal: 5000, sensitiveCountries: ["BY", "RU"], mapThreshold: 5 });
    expect(parsed.blockedWords).toEqual({ en: ["spam", "buy now"], be: [], ru: [], "*": [] });
  });

  it("gives each bad field its own error", () => {
    const result = campaignSettingsSchema.safeParse({ ...validForm, goal: "lots", sensitiveCountries: "BY, XX", mapThreshold: "2", retentionMonths: "0" });
    expect(result.success).toBe(false);
    const fields = Object.fromEntries(result.error!.issues.map((issue) => [issue.path[0], issue.message]));
    expect(fields).toEqual({ goal: "goalInvalid", sensitiveCountries: "countriesInvalid", mapThreshold: "mapThresholdInvalid", retentionMonths: "retentionMonthsInvalid" });
  });

  it("saves only what changed and logs its before and after in the same transaction", async () => {
    const campaign = await createTestCampaign({ goal: 100 });
    const admin = await organiser("ADMIN");
    const input = campaignSettingsSchema.parse({ ...validForm, goal: "250", sensitiveCountries: "BY", mapThreshold: "5" });
    expect((await updateCampaignSettings(admin, campaign.id, input)).changed.sort()).toEqual(["blockedWords", "goal"]);
    const { settings } = await readCampaignSettings(admin, campaign.id);
    expect(settings).toMatchObject({ goal: 250, sensitiveCountries: ["BY"], blockedWords: { en: ["spam", "buy now"] } });
    expect(await auditOf(campaign.id, "settings.change")).toEqual([
      {
        actorLabel: admin.email,
        details: { before: { goal: 100, blockedWords: { en: [], be: [], ru: [], "*": [] } }, after: { goal: 250, blockedWords: { en: ["spam", "buy now"], be: [], ru: [], "*": [] } } },
      },
    ]);
    // Saving the same values again changes and logs nothing.
    expect((await updateCampaignSettings(admin, campaign.id, input)).changed).toEqual([]);
    expect(await auditOf(campaign.id, "settings.change")).toHaveLength(1);
  });

  it("stamps when counts were frozen and clears it on unfreeze", async () => {
    const campaign = await createTestCampaign();
    const admin = await organiser("ADMIN");
    await updateCampaignSettings(admin, campaign.id, { countsFrozen: true, signingOpen: false });
    const frozen = (await readCampaignSettings(admin, campaign.id)).settings;
    expect(frozen).toMatchObject({ countsFrozen: true, signingOpen: false });
    expect(frozen.countsFrozenAt).toBeInstanceOf(Date);
    await updateCampaignSettings(admin, campaign.id, { countsFrozen: false });
    expect((await readCampaignSettings(admin, campaign.id)).settings).toMatchObject({ countsFrozen: false, countsFrozenAt: null, signingOpen: false });
  });

  it("refuses moderators and viewers, and stores nothing", async () => {
    const campaign = await createTestCampaign({ goal: 100 });
    for (const role of ["MODERATOR", "VIEWER"] as const) {
      const actor = await organiser(role);
      await expect(updateCampaignSettings(actor, campaign.id, { goal: 1 })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(readCampaignSettings(actor, campaign.id)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(saveCampaignStory(actor, campaign.id, { locale: "en", markdown: "x" })).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect(await db().campaign.findUniqueOrThrow({ where: { id: campaign.id }, select: { goal: true } })).toEqual({ goal: 100 });
    expect(await auditOf(campaign.id, "settings.change")).toEqual([]);
  });
});

describe("the campaign story", () => {
  it("shows the edited story of a locale, the bundled one elsewhere, and falls back when emptied", async () => {
    const campaign = await createTestCampaign();
    const admin = await organiser("ADMIN");
    expect(await readCampaignStory(campaign.id, "be")).toBe(await readStory("be"));

    const edited = "## Новая гісторыя\n\nСалідарнасць.";
    expect(await saveCampaignStory(admin, campaign.id, { locale: "be", markdown: edited })).toEqual({ outcome: "saved" });
    expect(await readCampaignStory(campaign.id, "be")).toBe(edited);
    expect(await readCampaignStory(campaign.id, "en")).toBe(await readStory("en"));

    expect(await saveCampaignStory(admin, campaign.id, { locale: "be", markdown: "" })).toEqual({ outcome: "reverted" });
    expect(await readCampaignStory(campaign.id, "be")).toBe(await readStory("be"));
    expect((await auditOf(campaign.id, "story.edit")).map((entry) => entry.details)).toEqual([
      { locale: "be", outcome: "saved", charactersBefore: 0, charactersAfter: edited.length },
      { locale: "be", outcome: "reverted", charactersBefore: edited.length, charactersAfter: 0 },
    ]);
  });
});

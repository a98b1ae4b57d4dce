import { afterAll, describe, expect, it } from "vitest";
import { addOrganiser } from "@/lib/auth/add-organiser";
import { cliActor, type Organiser } from "@/lib/auth/actor";
import { organiserEmail } from "@/tests/support/auth";
import { db } from "@/lib/db/client";
import { createTestCampaign } from "@/tests/factories/campaign";
import { shortSigningUrl } from "./event-signing-url";
import { readCampaignSettings } from "./read-campaign-settings";
import { readEventSigningUrl } from "./read-event-signing-url";
import { campaignSettingsSchema } from "./settings-schema";
import { updateCampaignSettings } from "./update-campaign-settings";

// The event screen's signing address (issue #12 point 4): an admin setting, validated, audited,
// and what the event screen's QR code and short URL then show.

afterAll(() => db().$disconnect());

const form = { goal: "100", sensitiveCountries: "BY", mapThreshold: "5", anomalyThreshold: "100", retentionMonths: "6" };
const parseUrl = (eventSigningUrl: string) => campaignSettingsSchema.safeParse({ ...form, eventSigningUrl });

async function admin(): Promise<Organiser> {
  const email = organiserEmail("event-admin");
  const { id } = await addOrganiser(cliActor(), { email, role: "ADMIN" });
  return { kind: "organiser", id, email, role: "ADMIN" };
}

describe("the event signing address setting", () => {
  it("takes an http(s) address, normalised, and empty as 'our own signing page'", () => {
    expect(parseUrl("  https://Belarus4Aug.ORG/sign ").data?.eventSigningUrl).toBe("https://belarus4aug.org/sign");
    expect(parseUrl("http://localhost:3000/be").data?.eventSigningUrl).toBe("http://localhost:3000/be");
    expect(parseUrl("").data?.eventSigningUrl).toBeNull();
    expect(campaignSettingsSchema.parse(form).eventSigningUrl).toBeNull();
  });

  it.each([
    ["no scheme", "belarus4aug.org/sign"],
    ["a script", "javascript:alert(1)"],
    ["another scheme", "ftp://belarus4aug.org/sign"],
    ["a password", "https://organiser:secret@belarus4aug.org/"],
    ["a host nobody can reach", "https://intranet/sign"],
    ["too long", `https://belarus4aug.org/${"a".repeat(500)}`],
    // 496 characters as typed, 520 once its Cyrillic host is punycode.
    ["too long once the host is punycode", `https://${Array(4).fill("ж".repeat(25)).join(".")}.org/${"a".repeat(380)}`],
    ["not an address", "sign here"],
  ])("refuses %s with the field's own error", (_, text) => {
    const result = parseUrl(text);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((issue) => [issue.path[0], issue.message])).toEqual([["eventSigningUrl", "eventSigningUrlInvalid"]]);
  });

  it("shows the address without its scheme or trailing slash", () => {
    expect(shortSigningUrl("https://belarus4aug.org/sign/")).toBe("belarus4aug.org/sign");
    expect(shortSigningUrl("https://belarus4aug.org/")).toBe("belarus4aug.org");
    expect(shortSigningUrl("http://127.0.0.1:3000/be")).toBe("127.0.0.1:3000/be");
  });

  it("is saved, audited with its before and after, and read by the event screen; cleared, it falls back to APP_URL", async () => {
    const campaign = await createTestCampaign();
    const actor = await admin();
    const origin = new URL(process.env.APP_URL?.trim() || "http://localhost:3000");
    expect(await readEventSigningUrl(campaign.id, "be")).toEqual({ href: new URL("/be", origin).href, short: `${origin.host}/be` });
    // Another campaign's screen invites to its own page (ADR 0054).
    expect(await readEventSigningUrl(campaign.id, "be", origin, "/campaigns/sister-2027")).toEqual({
      href: new URL("/be/campaigns/sister-2027", origin).href,
      short: `${origin.host}/be/campaigns/sister-2027`,
    });

    const set = campaignSettingsSchema.parse({ ...form, eventSigningUrl: "https://belarus4aug.org/sign" });
    expect((await updateCampaignSettings(actor, campaign.id, set)).changed).toContain("eventSigningUrl");
    expect((await readCampaignSettings(actor, campaign.id)).settings.eventSigningUrl).toBe("https://belarus4aug.org/sign");
    expect(await readEventSigningUrl(campaign.id, "be")).toEqual({ href: "https://belarus4aug.org/sign", short: "belarus4aug.org/sign" });

    await updateCampaignSettings(actor, campaign.id, campaignSettingsSchema.parse({ ...form, eventSigningUrl: "" }));
    expect(await readEventSigningUrl(campaign.id, "ru")).toEqual({ href: new URL("/ru", origin).href, short: `${origin.host}/ru` });

    const audit = await db().auditLogEntry.findMany({ where: { targetId: campaign.id, action: "settings.change" }, orderBy: { id: "asc" }, select: { actorLabel: true, details: true } });
    expect(audit.map((entry) => entry.actorLabel)).toEqual([actor.email, actor.email]);
    expect(audit.map((entry) => entry.details)).toEqual([
      expect.objectContaining({ before: expect.objectContaining({ eventSigningUrl: null }), after: expect.objectContaining({ eventSigningUrl: "https://belarus4aug.org/sign" }) }),
      expect.objectContaining({ before: expect.objectContaining({ eventSigningUrl: "https://belarus4aug.org/sign" }), after: expect.objectContaining({ eventSigningUrl: null }) }),
    ]);
  });
});

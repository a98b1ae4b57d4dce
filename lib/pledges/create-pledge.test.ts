import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { SigningClosedError } from "@/lib/errors";
import { decryptPersonal, emailLookupHash } from "@/lib/privacy/personal-data";
import { createTestCampaign } from "@/tests/factories/campaign";
import { countPublicPledges } from "./count-pledges";
import { createPledge } from "./create-pledge";
import { pledgeInputSchema } from "./schema";

const input = (overrides: Record<string, string> = {}) =>
  pledgeInputSchema.parse({
    name: "Anna Kowalska",
    email: "anna@example.org",
    country: "PL",
    consentProcessing: "on",
    ...overrides,
  });

afterAll(() => db().$disconnect());

describe("createPledge", () => {
  it("stores a PENDING pledge whose name and email are unreadable without the key", async () => {
    const campaign = await createTestCampaign();
    expect(await createPledge(campaign, input({ email: "Secret.Person@Example.org" }), "en")).toBe("created");

    // Read the row the way a database thief would: raw SQL, no application code.
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    const { rows } = await client.query('SELECT * FROM "Pledge" WHERE "campaignId" = $1', [campaign.id]);
    await client.end();
    expect(rows).toHaveLength(1);
    const row = rows[0];
    expect(row.status).toBe("PENDING");
    expect(JSON.stringify(row).toLowerCase()).not.toContain("secret.person");
    expect(JSON.stringify(row)).not.toContain("Kowalska");
    expect(decryptPersonal(row.emailEncrypted, "pledge.email")).toBe("secret.person@example.org");
    expect(decryptPersonal(row.nameEncrypted, "pledge.name")).toBe("Anna Kowalska");
    expect(row.emailHash).toBe(emailLookupHash("secret.person@example.org"));
    expect(row.country).toBe("PL");
    expect(row.locale).toBe("en");
    expect(row.consentProcessing).toBe(true);
  });

  it("stores nothing for a second pledge with the same email, whatever its case or spaces", async () => {
    const campaign = await createTestCampaign();
    await createPledge(campaign, input(), "en");
    expect(await createPledge(campaign, input({ email: "  ANNA@example.org " }), "be")).toBe("already-signed");
    expect(await db().pledge.count({ where: { campaignId: campaign.id } })).toBe(1);
  });

  it("lets the same person pledge to two campaigns", async () => {
    const first = await createTestCampaign();
    const second = await createTestCampaign();
    await createPledge(first, input(), "en");
    expect(await createPledge(second, input(), "en")).toBe("created");
  });

  it("refuses pledges while signing is paused and stores nothing", async () => {
    const campaign = await createTestCampaign({ signingOpen: false });
    await expect(createPledge(campaign, input(), "en")).rejects.toBeInstanceOf(SigningClosedError);
    expect(await db().pledge.count({ where: { campaignId: campaign.id } })).toBe(0);
  });

  it("keeps messages for moderation", async () => {
    const campaign = await createTestCampaign();
    await createPledge(campaign, input({ message: "We are with you." }), "ru");
    const pledge = await db().pledge.findFirstOrThrow({ where: { campaignId: campaign.id }, select: { message: true, messageStatus: true } });
    expect(pledge).toEqual({ message: "We are with you.", messageStatus: "PENDING" });
  });
});

describe("countPublicPledges", () => {
  it("counts the campaign's own pledges and only counted statuses", async () => {
    const campaign = await createTestCampaign();
    const other = await createTestCampaign();
    expect(await countPublicPledges(campaign.id)).toBe(0);
    await createPledge(campaign, input({ email: "a@example.org" }), "en");
    await createPledge(campaign, input({ email: "b@example.org" }), "en");
    await createPledge(other, input({ email: "c@example.org" }), "en");
    await db().pledge.updateMany({ where: { campaignId: campaign.id, emailHash: emailLookupHash("b@example.org") }, data: { status: "WITHDRAWN" } });
    expect(await countPublicPledges(campaign.id)).toBe(1);
  });
});

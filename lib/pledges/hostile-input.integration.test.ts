import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { cleanPlaceText } from "@/lib/geo/gazetteer/resolve-place";
import { decryptPersonal, emailLookupHash } from "@/lib/privacy/personal-data";
import { createTestCampaign } from "@/tests/factories/campaign";
import { pledgeInput } from "@/tests/factories/pledge";
import { hostileEmails, hostileInputs } from "@/tests/fixtures/hostile-inputs";
import enPledge from "@/messages/en/pledge.json";
import { createPledge } from "./create-pledge";
import { CITY_MAX, MESSAGE_MAX, NAME_MAX } from "./pledge-limits";
import { pledgeInputSchema } from "./schema";

// Every hostile string through every free-text field of the pledge: the schema either keeps it
// (and the database then holds exactly that) or refuses it with an error on that field alone,
// a key with a message users can read. docs/decisions/0018-text-input-policy.md.

afterAll(() => db().$disconnect());

const valid = { name: "Anna Kowalska", email: "anna@example.org", country: "PL", consentProcessing: "on" };
const errorMessages: Record<string, string> = enPledge.pledgeForm.errors;

// The documented normalisation: Unicode NFC and trimming; names also collapse runs of space.
const normalised = {
  name: (value: string) => value.normalize("NFC").trim().replace(/\s+/g, " "),
  message: (value: string) => value.normalize("NFC").trim(),
  city: (value: string) => value.normalize("NFC").trim(),
};
const limits = { name: NAME_MAX, message: MESSAGE_MAX, city: CITY_MAX };
const fields = ["name", "message", "city"] as const;

describe.each(fields)("the %s field", (field) => {
  it.each(hostileInputs.map((input) => [input.id, input] as const))("keeps %s literally or refuses it clearly", (_id, input) => {
    const result = pledgeInputSchema.safeParse({ ...valid, [field]: input.value });
    const expected = normalised[field](input.value);
    if (input.verdict === "stored" && expected.length <= limits[field]) {
      expect(result.success).toBe(true);
      expect(result.data?.[field]).toBe(expected);
      return;
    }
    expect(result.success).toBe(false);
    const issues = result.error?.issues ?? [];
    expect(issues.map((issue) => issue.path.join("."))).toEqual(issues.map(() => field));
    for (const issue of issues) expect(errorMessages[issue.message], issue.message).toMatch(/\S/);
  });
});

describe("storing accepted hostile text", () => {
  it("keeps every accepted string byte for byte in the database (name encrypted, message, city)", async () => {
    const campaign = await createTestCampaign();
    for (const input of hostileInputs.filter((entry) => entry.verdict === "stored")) {
      const parsed = pledgeInputSchema.safeParse({ ...pledgeInput(), name: input.value, message: input.value, city: input.value });
      const name = pledgeInputSchema.safeParse({ ...pledgeInput(), name: input.value });
      if (!name.success) continue; // too long for a name: covered above
      const payload = { ...name.data, message: parsed.success ? parsed.data.message : null, city: parsed.success ? parsed.data.city : null };
      expect(await createPledge(campaign, payload, "en")).toBe("created");
      const row = await db().pledge.findFirstOrThrow({
        where: { campaignId: campaign.id, emailHash: emailLookupHash(payload.email) },
        select: { nameEncrypted: true, message: true, cityName: true },
      });
      expect(decryptPersonal(row.nameEncrypted!, "pledge.name"), input.id).toBe(payload.name);
      expect(row.message, input.id).toBe(payload.message);
      expect(row.cityName, input.id).toBe(payload.city === null ? null : cleanPlaceText(payload.city));
    }
  });

  it("the SQL fragments reached the table as data: it still exists and holds only this test's rows", async () => {
    const campaign = await createTestCampaign();
    for (const input of hostileInputs.filter((entry) => entry.kind === "sql")) {
      await createPledge(campaign, pledgeInput({ name: input.value, message: input.value, city: input.value }), "en");
    }
    expect(await db().pledge.count({ where: { campaignId: campaign.id } })).toBe(hostileInputs.filter((entry) => entry.kind === "sql").length);
  });
});

describe("hostile email addresses", () => {
  it.each(hostileEmails.map((email) => [email.slice(0, 60), email] as const))("refuses %s with an email error", (_label, email) => {
    const result = pledgeInputSchema.safeParse({ ...valid, email });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([["email", "emailInvalid"]]);
  });
});

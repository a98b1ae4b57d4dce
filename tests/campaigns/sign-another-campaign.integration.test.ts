import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it, vi } from "vitest";
import { initialFormState } from "@/lib/actions/form-state";
import { db } from "@/lib/db/client";
import { submitPledge } from "@/lib/pledges/submit-pledge";
import { createTestCampaign, currentTestCampaign } from "@/tests/factories/campaign";

// The pledge form of another campaign (/[locale]/campaigns/[slug]) names it in a hidden field;
// the real server action stores the pledge in that campaign, and a slug that is not a LIVE
// campaign is refused like closed signing, never redirected into the default one (ADR 0054).

// The action reads the request's headers for the client's network; outside Next the test supplies one.
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "198.51.100.54" }) }));

afterAll(() => db().$disconnect());

function pledgeForm(campaign: string | null): { form: FormData } {
  const email = `another-${randomUUID()}@example.org`;
  const form = new FormData();
  for (const [key, value] of Object.entries({ locale: "en", name: "Jana Nováková", email, country: "CZ", consentProcessing: "on" })) form.set(key, value);
  if (campaign !== null) form.set("campaign", campaign);
  return { form };
}

const pledgesOf = (campaignId: string) => db().pledge.count({ where: { campaignId } });

describe("signing another campaign", () => {
  it("stores the pledge in the campaign the form names, with the default campaign untouched", async () => {
    const other = await createTestCampaign({ slug: `sign-${randomUUID().slice(0, 8)}` });
    const defaultCampaign = await currentTestCampaign();
    const before = await pledgesOf(defaultCampaign.id);
    const state = await submitPledge(initialFormState(), pledgeForm(other.slug).form);
    expect(state.status).toBe("done");
    expect(await pledgesOf(other.id)).toBe(1);
    expect(await pledgesOf(defaultCampaign.id)).toBe(before);
  });

  it("refuses a draft, a closed campaign and an unknown slug, and stores nothing anywhere", async () => {
    const draft = await createTestCampaign({ slug: `draft-${randomUUID().slice(0, 8)}`, status: "DRAFT" });
    const closed = await createTestCampaign({ slug: `closed-${randomUUID().slice(0, 8)}`, status: "CLOSED" });
    const before = await db().pledge.count();
    for (const slug of [draft.slug, closed.slug, "no-such-campaign", "../../etc"]) {
      const state = await submitPledge(initialFormState(), pledgeForm(slug).form);
      expect(state).toMatchObject({ status: "failed", formError: "signing_closed" });
    }
    expect(await db().pledge.count()).toBe(before);
    expect(await pledgesOf(draft.id)).toBe(0);
    expect(await pledgesOf(closed.id)).toBe(0);
  });
});

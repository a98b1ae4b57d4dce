import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { serverEnv } from "@/lib/env";
import { PLEDGE_BODY_LIMIT_BYTES } from "@/lib/pledges/pledge-endpoint";
import { POST } from "@/app/api/pledges/route";
import { emailLookupHash } from "@/lib/privacy/personal-data";
import { currentTestCampaign } from "@/tests/factories/campaign";

// POST /api/pledges as the form's JavaScript sends it: the same action as the server-action
// path (so its validation, abuse checks and storage are tested there), answered as JSON.

// A network of this file's own: pledges without proof of work from one network count up to an
// hourly allowance (ADR 0029), which other files signing on the same campaign must not use up.
vi.mock("next/headers", () => {
  const address = `198.18.${Math.floor(Math.random() * 256)}.8`;
  return { headers: async () => new Headers({ "x-forwarded-for": address }) };
});
beforeAll(() => currentTestCampaign()); // the campaign CAMPAIGN_SLUG names
afterAll(() => db().$disconnect());

const origin = () => new URL(serverEnv().APP_URL).origin;

function pledgeForm(fields: Record<string, string>): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries({ locale: "en", name: "Ona Route", country: "LT", displayMode: "ANONYMOUS", consentProcessing: "on", ...fields })) form.set(key, value);
  return form;
}

const post = (body: BodyInit, headers: Record<string, string> = {}) => POST(new Request(`${origin()}/api/pledges`, { method: "POST", body, headers: { origin: origin(), ...headers } }));

describe("POST /api/pledges", () => {
  it("stores a valid pledge and answers the form's done state", async () => {
    const email = `route-${randomUUID()}@example.org`;
    const response = await post(pledgeForm({ email }));
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    // Sent without the proof-of-work widget (as without JavaScript): the one answer every pledge gets,
    // and it counts once confirmed (ADR 0029).
    const answer = (await response.json()) as Record<string, unknown>;
    expect(answer).toMatchObject({ status: "done" });
    expect(answer).not.toHaveProperty("outcome");
    const stored = await db().pledge.findMany({ where: { emailHash: emailLookupHash(email) }, select: { status: true, reviewReason: true, country: true } });
    expect(stored).toEqual([{ status: "PENDING", reviewReason: null, country: "LT" }]);
  });

  it("answers 422 with field errors for bad input and stores nothing", async () => {
    const before = await db().pledge.count();
    const response = await post(pledgeForm({ email: "not-an-email", name: "" }));
    expect(response.status).toBe(422);
    const state = (await response.json()) as { status: string; fieldErrors: Record<string, string[]> };
    expect(state.status).toBe("invalid");
    expect(Object.keys(state.fieldErrors)).toEqual(expect.arrayContaining(["name", "email"]));
    expect(await db().pledge.count()).toBe(before);
  });

  it("refuses a body that is not a form, one that is too large, and another origin", async () => {
    expect((await post(JSON.stringify({ name: "x" }), { "content-type": "application/json" })).status).toBe(400);
    const huge = pledgeForm({ email: `route-${randomUUID()}@example.org`, message: "x".repeat(PLEDGE_BODY_LIMIT_BYTES) });
    const tooLarge = await post(huge);
    expect(tooLarge.status).toBe(413);
    expect(await tooLarge.json()).toEqual({ error: { code: "too_large" } });
    const foreign = await post(pledgeForm({ email: `route-${randomUUID()}@example.org` }), { origin: "https://evil.example" });
    expect(foreign.status).toBe(403);
  });
});

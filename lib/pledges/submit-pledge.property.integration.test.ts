import fc from "fast-check";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { submitPledge } from "@/lib/pledges/submit-pledge";
import { initialFormState } from "@/lib/actions/form-state";
import { db } from "@/lib/db/client";
import { HONEYPOT_FIELD } from "@/lib/abuse/honeypot";
import { currentTestCampaign } from "@/tests/factories/campaign";
import enPledge from "@/messages/en/pledge.json";
import { FRESH_EMAIL, pledgeSubmission, type PledgeSubmission } from "@/tests/support/pledge-arbitraries";
import { pledgeInputSchema } from "./schema";

// Property-based, through the real server action (app/[locale]/actions.ts → formAction →
// createPledge → PostgreSQL): generated submissions never make the action throw or fail; a
// refused one answers field errors with readable messages and stores nothing; an accepted one
// stores exactly one pledge. Batches keep it quick: each run submits ten forms at once.

// The action reads the request's headers for the client's network (lib/abuse/network/), as in a
// real request; outside Next there is no request scope, so the test supplies one address.
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "198.51.100.7" }) }));

afterAll(() => db().$disconnect());

const errorMessages: Record<string, string> = enPledge.pledgeForm.errors;
const runId = randomUUID().slice(0, 8);
let counter = 0;
const unique = () => `prop-${runId}-${++counter}@example.org`;

let campaignId: string;
beforeAll(async () => {
  campaignId = (await currentTestCampaign()).id;
});

function formDataOf(submission: PledgeSubmission, honeypot: string): FormData {
  const form = new FormData();
  form.set("locale", "en");
  form.set(HONEYPOT_FIELD, honeypot);
  for (const [key, value] of Object.entries(submission)) if (value !== undefined) form.set(key, value === FRESH_EMAIL ? unique() : value);
  return form;
}

const countPledges = () => db().pledge.count({ where: { campaignId } });

describe("submitPledge on generated submissions", () => {
  it("answers every one with field errors or success, and stores exactly the accepted ones", async () => {
    let submitted = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(pledgeSubmission(), fc.constantFrom("", "", "", "", "http://bot.example")), { minLength: 10, maxLength: 10 }), async (batch) => {
        const before = await countPledges();
        const forms = batch.map(([submission, honeypot]) => formDataOf(submission, honeypot));
        const states = await Promise.all(forms.map((form) => submitPledge(initialFormState(), form)));
        submitted += batch.length;
        let expectedNew = 0;
        batch.forEach(([, honeypot], index) => {
          const state = states[index]!;
          const valid = pledgeInputSchema.safeParse(Object.fromEntries(forms[index]!)).success;
          expect(state.status).toBe(valid ? "done" : "invalid");
          if (valid && honeypot === "") expectedNew++;
          if (!valid) {
            const errors = Object.values(state.fieldErrors).flat() as string[];
            expect(errors.length).toBeGreaterThan(0);
            for (const key of errors) expect(errorMessages[key], key).toMatch(/\S/);
          }
        });
        expect(await countPledges()).toBe(before + expectedNew);
      }),
      { numRuns: 50 },
    );
    expect(submitted).toBe(500);
  }, 120_000);
});

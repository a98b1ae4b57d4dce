import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isCountryCode } from "@/lib/geo/country-codes";
import enPledge from "@/messages/en/pledge.json";
import { pledgeSubmission } from "@/tests/support/pledge-arbitraries";
import { CITY_MAX, MESSAGE_MAX, NAME_MAX } from "./pledge-limits";
import { isAcceptableText, pledgeInputSchema, type PledgeInput } from "./schema";

// Property-based: whatever arrives in the pledge form, the schema answers without throwing;
// a refusal names only fields of the form, each with a message users can read; an acceptance
// holds only values the rest of the app may rely on.

const errorMessages: Record<string, string> = enPledge.pledgeForm.errors;
const formFields = new Set(["name", "email", "country", "city", "displayMode", "message", "publicInSensitiveCountry", "consentProcessing", "consentUpdates"]);

function unreadableRefusals(issues: { path: PropertyKey[]; message: string }[]): string[] {
  if (issues.length === 0) return ["a refusal without any issue"];
  return issues.flatMap((issue) => [
    ...(formFields.has(String(issue.path[0])) ? [] : [`an error on "${String(issue.path[0])}", which is no field of the form`]),
    ...(errorMessages[issue.message] ? [] : [`no message for "${issue.message}"`]),
  ]);
}

function unsoundValues(pledge: PledgeInput): string[] {
  const problems: string[] = [];
  if (pledge.name.length === 0 || pledge.name.length > NAME_MAX || !isAcceptableText(pledge.name)) problems.push(`name ${JSON.stringify(pledge.name)}`);
  if (!/^[^\s@]+@[^\s@]+\.[a-z]{2,}$/.test(pledge.email)) problems.push(`email ${JSON.stringify(pledge.email)}`);
  if (!isCountryCode(pledge.country)) problems.push(`country ${pledge.country}`);
  if (!pledge.consentProcessing) problems.push("accepted without consent");
  for (const [field, text, max] of [["message", pledge.message, MESSAGE_MAX], ["city", pledge.city, CITY_MAX]] as const) {
    if (text !== null && (text.length > max || !isAcceptableText(text))) problems.push(`${field} ${JSON.stringify(text)}`);
  }
  return problems;
}

describe("pledgeInputSchema, on 10,000 generated submissions", () => {
  it("never throws, refuses field by field with readable messages, and accepts only sound values", () => {
    let accepted = 0;
    fc.assert(
      fc.property(pledgeSubmission(), (submission) => {
        const result = pledgeInputSchema.safeParse(submission);
        if (result.success) accepted++;
        // One expect per run: Vitest's matchers cost more than the parse itself.
        expect(result.success ? unsoundValues(result.data) : unreadableRefusals(result.error.issues)).toEqual([]);
      }),
      { numRuns: 10_000 },
    );
    // The generator must exercise both branches, or the property proves little.
    expect(accepted).toBeGreaterThan(500);
    // About 15 s on an idle two-core machine; the margin is for a machine shared with other builds.
  }, 120_000);
});

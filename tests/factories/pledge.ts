import { randomUUID } from "node:crypto";
import { pledgeInputSchema, type PledgeInput } from "@/lib/pledges/schema";

/** A valid pledge input with a unique email, so tests never collide. */
export function pledgeInput(overrides: Record<string, string> = {}): PledgeInput {
  return pledgeInputSchema.parse({
    name: "Anna Kowalska",
    email: `anna-${randomUUID()}@example.org`,
    country: "PL",
    consentProcessing: "on",
    ...overrides,
  });
}

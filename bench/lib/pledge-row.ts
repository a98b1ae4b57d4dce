import { randomBytes } from "node:crypto";

// A pledge-shaped row for the baselines: the same table, indexes and column sizes as a real
// PENDING pledge (envelopes the length AES-256-GCM produces for a name and an email, a 43-character
// keyed hash), written by one plain INSERT — what the app's create-pledge costs without Next,
// validation, encryption, the lookup and the job enqueue.

export const INSERT_PLEDGE_ROW = `
  INSERT INTO "Pledge" ("id", "campaignId", "status", "nameEncrypted", "emailEncrypted", "emailHash", "country",
                        "displayMode", "locale", "consentProcessing", "confirmationEmailsSent", "updatedAt")
  VALUES (gen_random_uuid(), $1, 'PENDING', $2, $3, $4, $5, 'FIRST_NAME_INITIAL', 'en', true, 1, now())`;

const envelope = (plaintextBytes: number) => `v1.${randomBytes(12 + 16 + plaintextBytes).toString("base64url")}`;
const countries = ["DE", "PL", "LT", "CZ", "FR", "GB", "US", "BY"];

export function pledgeRowValues(campaignId: string, n: number): string[] {
  return [campaignId, envelope(20), envelope(30), randomBytes(32).toString("base64url"), countries[n % countries.length]!];
}

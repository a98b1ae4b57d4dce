// The one pledge factory. pledgeInput() is what a supporter submits (for tests that go through
// createPledge); insertPledges() writes rows straight to the table, the way the pledge flow would
// have stored them, for tests that need many pledges or states the flow takes time to reach.
// insertPledge() and createMessagePledge() are the same rows with other defaults.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { PledgeStatus } from "@/lib/db/generated/enums";
import { pledgeInputSchema, type PledgeInput } from "@/lib/pledges/schema";
import { emailLookupHash, encryptPersonal } from "@/lib/privacy/personal-data";
import type { TestCity } from "./cities";

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

export interface PledgeOptions {
  status?: PledgeStatus;
  country?: string;
  city?: TestCity | null;
  networkHash?: string | null;
  emailDomain?: string | null;
  reviewReason?: string | null;
  createdAt?: Date;
  /** Defaults to createdAt for statuses that went through email confirmation. */
  confirmedAt?: Date | null;
  /** Stored encrypted, with the email's lookup hash, as the pledge flow stores them. */
  name?: string;
  email?: string;
  /** Any other column, applied last. */
  columns?: Partial<Prisma.PledgeCreateManyInput>;
}

function pledgeRow(campaignId: string, options: PledgeOptions): Prisma.PledgeCreateManyInput {
  const status = options.status ?? "CONFIRMED";
  const createdAt = options.createdAt ?? new Date();
  const confirmed = status === "CONFIRMED" || status === "PENDING_REVIEW";
  const { city, email, name } = options;
  return {
    id: randomUUID(),
    campaignId,
    status,
    emailHash: email ? emailLookupHash(email) : randomUUID(),
    ...(email ? { emailEncrypted: encryptPersonal(email, "pledge.email") } : {}),
    ...(name ? { nameEncrypted: encryptPersonal(name, "pledge.name") } : {}),
    country: options.country ?? "PL",
    cityName: city?.name ?? null,
    cityLatitude: city?.lat ?? null,
    cityLongitude: city?.lon ?? null,
    cityGeonameId: city?.geonameId ?? null,
    networkHash: options.networkHash ?? null,
    emailDomain: options.emailDomain ?? null,
    reviewReason: options.reviewReason ?? null,
    locale: "en",
    consentProcessing: true,
    createdAt,
    confirmedAt: options.confirmedAt === undefined ? (confirmed ? createdAt : null) : options.confirmedAt,
    ...options.columns,
  };
}

/** `count` pledges written straight to the table. Returns their ids. */
export async function insertPledges(campaignId: string, count: number, options: PledgeOptions = {}): Promise<string[]> {
  const rows = Array.from({ length: count }, () => pledgeRow(campaignId, options));
  await db().pledge.createMany({ data: rows });
  return rows.map((row) => row.id as string);
}

/** One pledge written straight to the table. Returns its id. */
export async function insertPledge(campaignId: string, options: PledgeOptions = {}): Promise<string> {
  const [id] = await insertPledges(campaignId, 1, options);
  return id as string;
}

/** A confirmed pledge with a named public message waiting for moderation; override any column. */
export async function createMessagePledge(campaignId: string, data: Partial<Prisma.PledgeCreateManyInput> & { name?: string } = {}) {
  const { name = "Anna Kowalska", ...columns } = data;
  const id = await insertPledge(campaignId, {
    name,
    email: `message-${randomUUID()}@example.org`,
    columns: { displayMode: "FULL_NAME", message: "We stand with you.", messageStatus: "PENDING", ...columns },
  });
  return { id };
}

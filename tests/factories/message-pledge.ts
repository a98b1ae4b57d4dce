import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { addOrganiser } from "@/lib/auth/add-organiser";
import { cliActor, type Organiser } from "@/lib/auth/actor";
import { emailLookupHash, encryptPersonal } from "@/lib/privacy/personal-data";

/** A confirmed pledge with a message waiting for moderation; override any column. */
export async function createMessagePledge(campaignId: string, data: Partial<Prisma.PledgeUncheckedCreateInput> & { name?: string } = {}) {
  const { name = "Anna Kowalska", ...rest } = data;
  const email = `message-${randomUUID()}@example.org`;
  return db().pledge.create({
    data: {
      campaignId,
      nameEncrypted: encryptPersonal(name, "pledge.name"),
      emailEncrypted: encryptPersonal(email, "pledge.email"),
      emailHash: emailLookupHash(email),
      country: "PL",
      locale: "en",
      consentProcessing: true,
      status: "CONFIRMED",
      confirmedAt: new Date(),
      displayMode: "FULL_NAME",
      message: "We stand with you.",
      messageStatus: "PENDING",
      ...rest,
    },
    select: { id: true },
  });
}

/** An organiser with `role`, as requireOrganiser() would return them. */
export async function createOrganiser(role: Organiser["role"], label = role.toLowerCase()): Promise<Organiser> {
  const email = `${label}-${randomUUID()}@example.org`;
  const { id } = await addOrganiser(cliActor(), { email, role });
  return { kind: "organiser", id, email, role };
}

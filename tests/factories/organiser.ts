import { randomUUID } from "node:crypto";
import { addOrganiser } from "@/lib/auth/add-organiser";
import { cliActor, type Organiser } from "@/lib/auth/actor";

/** An organiser with `role`, as requireOrganiser() would return them. */
export async function createOrganiser(role: Organiser["role"], label = role.toLowerCase()): Promise<Organiser> {
  const email = `${label}-${randomUUID()}@example.org`;
  const { id } = await addOrganiser(cliActor(), { email, role });
  return { kind: "organiser", id, email, role };
}

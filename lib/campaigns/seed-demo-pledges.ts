import "server-only";
import { db } from "@/lib/db/client";
import { emailLookupHash, encryptPersonal } from "@/lib/privacy/personal-data";

// Demo supporters for the embedded default only (scripts/start.ts never calls this when
// DATABASE_URL is set): a fresh local install shows a living page, not an empty one.
// Addresses use the reserved example.org domain so no real person can be mailed.
export type DemoSupporter = { name: string; country: string; message?: string };

const demoSupporters: DemoSupporter[] = [
  { name: "Anna Kowalska", country: "PL", message: "You are not alone. We remember every political prisoner." },
  { name: "Jonas Petrauskas", country: "LT", message: "Solidarity from Vilnius with everyone who defends human rights in Belarus." },
  { name: "Marta Ozola", country: "LV", message: "Free speech is not a crime." },
  { name: "Lena Fischer", country: "DE" },
  { name: "Tom Hughes", country: "GB" },
  { name: "Sofia Lindqvist", country: "SE" },
  { name: "Petra Nováková", country: "CZ" },
  { name: "Oksana Melnyk", country: "UA" },
  { name: "Claire Martin", country: "FR" },
  { name: "Eva de Vries", country: "NL" },
  { name: "Aliaksandr", country: "BY" },
  { name: "Volha", country: "BY" },
];

export async function seedDemoPledges(campaignId: string, supporters: DemoSupporter[] = demoSupporters): Promise<number> {
  const existing = await db().pledge.count({ where: { campaignId } });
  if (existing > 0) return 0;
  const now = Date.now();
  const rows = supporters.map((supporter, index) => {
    const email = `demo-${index + 1}@example.org`;
    return {
      campaignId,
      status: "CONFIRMED" as const,
      nameEncrypted: encryptPersonal(supporter.name, "pledge.name"),
      emailEncrypted: encryptPersonal(email, "pledge.email"),
      emailHash: emailLookupHash(email),
      country: supporter.country,
      displayMode: supporter.country === "BY" ? ("ANONYMOUS" as const) : ("FIRST_NAME_INITIAL" as const),
      locale: supporter.country === "BY" ? "be" : "en",
      message: supporter.message ?? null,
      messageStatus: supporter.message ? ("APPROVED" as const) : null,
      consentProcessing: true,
      createdAt: new Date(now - (index + 1) * 3_600_000),
      confirmedAt: new Date(now - (index + 1) * 3_500_000),
    };
  });
  const result = await db().pledge.createMany({ data: rows, skipDuplicates: true });
  return result.count;
}

import "server-only";
import { recordAuditEntry } from "@/lib/audit/record-audit-entry";
import { auditActorOf, authorise, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { decryptPersonal } from "@/lib/privacy/personal-data";
import { csvLine } from "./csv-cell";

export const SUPPORTERS_CSV_HEADER = ["name", "email", "country", "city", "locale", "confirmed_at"] as const;
const BATCH_SIZE = 500;

// Confirmed supporters who agreed to hear from the campaign, personal data still present.
const exportable = (campaignId: string, upTo: Date) => ({
  campaignId,
  status: "CONFIRMED" as const,
  consentUpdates: true,
  nameEncrypted: { not: null },
  emailEncrypted: { not: null },
  confirmedAt: { lte: upTo },
});

/**
 * The supporters' CSV as a stream (MODERATOR and above). The audit entry ("export.supporters",
 * with the row count) is written before the first row leaves, so no export can go unrecorded,
 * even one the browser abandons. Rows are read in batches by keyset (confirmedAt, id): memory
 * stays flat however many supporters there are, and names and emails are decrypted only here,
 * a batch at a time, as the stream is read. Pledges confirmed after the export started wait for
 * the next one, so the logged count is the number of rows sent (less any who withdraw meanwhile).
 */
export async function streamSupportersCsv(actor: Actor, campaignId: string, options: { batchSize?: number } = {}): Promise<{ rows: number; body: ReadableStream<Uint8Array> }> {
  authorise(actor, "MODERATOR", campaignId);
  const upTo = new Date();
  const where = exportable(campaignId, upTo);
  const rows = await db().$transaction(async (tx) => {
    const count = await tx.pledge.count({ where });
    await recordAuditEntry(tx, {
      campaignId,
      actor: auditActorOf(actor),
      action: "export.supporters",
      target: { type: "campaign", id: campaignId },
      details: { rows: count, upTo: upTo.toISOString() },
    });
    return count;
  });

  const batchSize = options.batchSize ?? BATCH_SIZE;
  const encoder = new TextEncoder();
  let after: { confirmedAt: Date; id: string } | null = null;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      // The byte-order mark tells Excel the file is UTF-8 (Cyrillic names stay readable).
      controller.enqueue(encoder.encode(`\uFEFF${csvLine(SUPPORTERS_CSV_HEADER)}`));
    },
    async pull(controller) {
      const batch = await db().pledge.findMany({
        where: after ? { ...where, OR: [{ confirmedAt: { gt: after.confirmedAt } }, { confirmedAt: after.confirmedAt, id: { gt: after.id } }] } : where,
        orderBy: [{ confirmedAt: "asc" }, { id: "asc" }],
        take: batchSize,
        select: { id: true, nameEncrypted: true, emailEncrypted: true, country: true, cityName: true, locale: true, confirmedAt: true },
      });
      const lines = batch.map((pledge) =>
        csvLine([
          decryptPersonal(pledge.nameEncrypted!, "pledge.name"),
          decryptPersonal(pledge.emailEncrypted!, "pledge.email"),
          pledge.country,
          pledge.cityName,
          pledge.locale,
          pledge.confirmedAt!.toISOString(),
        ]),
      );
      if (lines.length > 0) controller.enqueue(encoder.encode(lines.join("")));
      const last = batch.at(-1);
      if (!last || batch.length < batchSize) return controller.close();
      after = { confirmedAt: last.confirmedAt!, id: last.id };
    },
  });
  return { rows, body };
}

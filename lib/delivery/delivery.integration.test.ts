import type { ParsedMail } from "mailparser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { ForbiddenError } from "@/lib/errors";
import { resetMailTransport } from "@/lib/mail/send-mail";
import { runAggregatorTick } from "@/lib/stats/run-aggregator-tick";
import { createTestCampaign } from "@/tests/factories/campaign";
import { createOrganiser } from "@/tests/factories/organiser";
import { createMessagePledge, insertPledges } from "@/tests/factories/pledge";
import { queuedJobs, runDueJobs } from "@/tests/support/jobs";
import { pdfText } from "@/tests/support/pdf-text";
import { SmtpInbox } from "@/tests/support/smtp-inbox";
import { addDeliveryRecipient } from "./add-delivery-recipient";
import { cancelDeliverySchedule } from "./cancel-delivery-schedule";
import { listPublicDeliveries } from "./list-public-deliveries";
import { previewDeliveryPack } from "./preview-delivery-pack";
import { scheduleDelivery } from "./schedule-delivery";
import { sendDeliveryNow } from "./send-delivery-now";

// The pack's whole journey: recipients, a schedule in the queue, the snapshot it cites, one email
// with the PDF per recipient through a real SMTP server, the audit trail and the public record.

const inbox = new SmtpInbox();

beforeAll(async () => {
  process.env.SMTP_URL = await inbox.start();
  process.env.APP_URL = "https://pledge.example.org";
});

afterAll(async () => {
  resetMailTransport();
  await inbox.stop();
  await db().$disconnect();
});

/** A campaign with supporters in two countries and Belarus, and messages the pack must filter. */
async function campaignWithSupporters() {
  const campaign = await createTestCampaign({ title: "Solidarity with Belarus" });
  await insertPledges(campaign.id, 3, { country: "PL" });
  await insertPledges(campaign.id, 2, { country: "LT" });
  await insertPledges(campaign.id, 7, { country: "BY" });
  await createMessagePledge(campaign.id, { name: "Anna Kowalska", country: "PL", message: "We stand with you.", messageStatus: "APPROVED", messageFeatured: true });
  await createMessagePledge(campaign.id, { name: "Алеся Літвін", country: "LT", message: "Жыве Беларусь!", messageStatus: "APPROVED" });
  await createMessagePledge(campaign.id, { name: "Hidden Person", country: "PL", message: "Anonymous words.", messageStatus: "APPROVED", displayMode: "ANONYMOUS" });
  await createMessagePledge(campaign.id, { name: "Secret Minsker", country: "BY", message: "From inside.", messageStatus: "APPROVED" });
  // Opted into the public wall, not into a pack handed to governments.
  await createMessagePledge(campaign.id, { name: "Open Minsker", country: "BY", message: "Opted into the wall.", messageStatus: "APPROVED", publicInSensitiveCountry: true });
  await createMessagePledge(campaign.id, { name: "Waiting Writer", country: "PL", message: "Not yet moderated.", messageStatus: "PENDING" });
  await runAggregatorTick();
  return campaign;
}

/** The mails to these addresses, once each has one: other tests' queued jobs may send mail too. */
async function mailsTo(addresses: string[]): Promise<ParsedMail[]> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const found = inbox.messages.filter((mail) => !Array.isArray(mail.to) && addresses.includes(mail.to?.text ?? ""));
    if (addresses.every((address) => found.some((mail) => !Array.isArray(mail.to) && mail.to?.text === address))) return found;
    if (Date.now() > deadline) throw new Error(`no mail for some of ${addresses.join(", ")}`);
    await inbox.waitFor(inbox.messages.length + 1, Math.max(0, deadline - Date.now())).catch(() => undefined);
  }
}

function auditFor(action: string, targetId: string) {
  return db().auditLogEntry.count({ where: { action, targetId } });
}

describe("the delivery pack", () => {
  it("prints the snapshot's count and countries, Cyrillic, the checkpoint root, and only the names the wall shows", async () => {
    const campaign = await campaignWithSupporters();
    const admin = await createOrganiser("ADMIN");
    const pdf = await previewDeliveryPack(admin, campaign.id, "be");
    // The preview is compressed for download; the text check reads the sent (uncompressed) copy below.
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");

    await addDeliveryRecipient(admin, campaign.id, { name: "Ombudsperson", organisation: "Parliament", email: "ombuds@example.org", locale: "be" });
    await addDeliveryRecipient(admin, campaign.id, { name: "Rapporteur", email: "rapporteur@example.org", locale: "en" });
    await sendDeliveryNow(admin, campaign.id);
    await runDueJobs();
    const mails = await mailsTo(["ombuds@example.org", "rapporteur@example.org"]);
    expect(mails.map((mail) => (Array.isArray(mail.to) ? "" : mail.to?.text)).sort()).toEqual(["ombuds@example.org", "rapporteur@example.org"]);

    const [delivery] = await listPublicDeliveries(campaign.id);
    const snapshot = await db().statsSnapshot.findUniqueOrThrow({ where: { id: delivery!.snapshotId }, select: { canonicalJson: true, sha256: true } });
    const content = JSON.parse(snapshot.canonicalJson) as { confirmed: number; logCheckpoint: { rootHash: string } | null };
    expect(delivery).toMatchObject({ snapshotSha256: snapshot.sha256, rootHash: content.logCheckpoint?.rootHash });
    expect(delivery!.sends.map((send) => send.name).sort()).toEqual(["Ombudsperson", "Rapporteur"]);

    for (const mail of mails) {
      // This campaign is not the site's default: its snapshot and public record live under its own address.
      const mailLocale = String(mail.headers.get("content-language"));
      expect(mail.text).toContain(`https://pledge.example.org/${mailLocale}/campaigns/${campaign.slug}/stats/snapshots/${delivery!.snapshotId}`);
      expect(mail.text).toContain(`https://pledge.example.org/${mailLocale}/campaigns/${campaign.slug}/delivery`);
      const [attachment] = mail.attachments;
      expect(attachment).toMatchObject({ filename: "delivery-pack.pdf", contentType: "application/pdf" });
      const text = await pdfText(attachment!.content);
      expect(text).toContain("Solidarity with Belarus");
      expect(text).toContain(String(content.confirmed));
      expect(text).toContain(content.logCheckpoint!.rootHash);
      expect(text).toContain(snapshot.sha256);
      expect(text).toContain("Жыве Беларусь!");
      expect(text).toContain("Anna Kowalska");
      for (const hidden of ["Hidden Person", "Secret Minsker", "From inside.", "Open Minsker", "Opted into the wall.", "Waiting Writer", "Not yet moderated."]) expect(text).not.toContain(hidden);
      const belarusian = mail.headers.get("content-language") === "be";
      expect(text).toContain(belarusian ? "Польшча" : "Poland");
      expect(text).toContain(belarusian ? "Літва" : "Lithuania");
      expect(text).toContain(belarusian ? "Беларусь" : "Belarus");
      expect(text).toContain(belarusian ? "Пацверджаных падпісантаў" : "Confirmed supporters");
    }
    expect(await auditFor("delivery.build", delivery!.id)).toBe(1);
    expect(await auditFor("delivery.send", delivery!.id)).toBe(2);
  });

  it("keeps each recipient's email queued while the mail server is down and sends it when it is back", async () => {
    const campaign = await campaignWithSupporters();
    const admin = await createOrganiser("ADMIN");
    await addDeliveryRecipient(admin, campaign.id, { name: "Patient Reader", email: "patient@example.org", locale: "ru" });
    const port = inbox.port;
    await inbox.stop();
    resetMailTransport();
    try {
      await sendDeliveryNow(admin, campaign.id);
      await runDueJobs();
      const failed = (await queuedJobs()).filter((job) => job.task === "send_delivery_email" && job.lastError);
      expect(failed.length).toBeGreaterThan(0);
      expect(await listPublicDeliveries(campaign.id)).toEqual([]);
    } finally {
      await inbox.start(port);
      resetMailTransport();
    }
    await db().$executeRaw`UPDATE graphile_worker._private_jobs SET run_at = now() WHERE last_error IS NOT NULL`;
    await runDueJobs();
    const [mail] = await mailsTo(["patient@example.org"]);
    expect(mail?.attachments).toHaveLength(1);
    const [delivery] = await listPublicDeliveries(campaign.id);
    expect(delivery?.sends).toEqual([expect.objectContaining({ name: "Patient Reader", organisation: null })]);
  });

  it("schedules in the chosen zone, stored in UTC, with one waiting job that cancelling removes", async () => {
    const campaign = await createTestCampaign();
    const admin = await createOrganiser("ADMIN");
    const { sendAt } = await scheduleDelivery(admin, campaign.id, { sendAt: "2030-08-04T10:00", timeZone: "Europe/Vilnius" });
    expect(sendAt.toISOString()).toBe("2030-08-04T07:00:00.000Z");
    await scheduleDelivery(admin, campaign.id, { sendAt: "2030-08-04T11:00", timeZone: "Europe/Vilnius" });
    const waiting = await db().$queryRaw<{ runAt: Date }[]>`SELECT run_at AS "runAt" FROM graphile_worker._private_jobs WHERE key = ${`deliver_pack:${campaign.id}`}`;
    expect(waiting.map((job) => job.runAt.toISOString())).toEqual(["2030-08-04T08:00:00.000Z"]);
    await cancelDeliverySchedule(admin, campaign.id);
    expect(await db().$queryRaw<unknown[]>`SELECT 1 FROM graphile_worker._private_jobs WHERE key = ${`deliver_pack:${campaign.id}`}`).toEqual([]);
    expect(await db().deliverySchedule.findUnique({ where: { campaignId: campaign.id } })).toBeNull();
    expect(await auditFor("delivery.schedule", campaign.id)).toBe(2);
    expect(await auditFor("delivery.cancel", campaign.id)).toBe(1);
  });

  it("refuses organisers below ADMIN", async () => {
    const campaign = await createTestCampaign();
    const moderator = await createOrganiser("MODERATOR");
    await expect(addDeliveryRecipient(moderator, campaign.id, { name: "X", email: "x@example.org", locale: "en" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(sendDeliveryNow(moderator, campaign.id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(scheduleDelivery(moderator, campaign.id, { sendAt: "2030-08-04T10:00", timeZone: "UTC" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(previewDeliveryPack(moderator, campaign.id, "en")).rejects.toBeInstanceOf(ForbiddenError);
    expect(await db().deliveryRecipient.count({ where: { campaignId: campaign.id } })).toBe(0);
  });
});

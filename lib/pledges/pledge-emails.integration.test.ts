import type { ParsedMail } from "mailparser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { resetMailTransport } from "@/lib/mail/send-mail";
import { createTestCampaign } from "@/tests/factories/campaign";
import { pledgeInput } from "@/tests/factories/pledge";
import { queuedJobs, runDueJobs } from "@/tests/support/jobs";
import { SmtpInbox } from "@/tests/support/smtp-inbox";
import { confirmPledge } from "./confirm-pledge";
import { createPledge } from "./create-pledge";
import { withdrawPledge } from "./withdraw-pledge";

// The double opt-in journey through a real SMTP server: signing queues an email, the worker
// sends it in the supporter's language, its links confirm and withdraw.

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

async function mailTo(email: string, count = 1): Promise<ParsedMail[]> {
  await runDueJobs();
  const deadline = Date.now() + 10_000;
  for (;;) {
    const found = inbox.messages.filter((message) => message.to && !Array.isArray(message.to) && message.to.text === email);
    if (found.length >= count || Date.now() > deadline) return found;
    await inbox.waitFor(inbox.messages.length + 1, Math.max(0, deadline - Date.now())).catch(() => undefined);
  }
}

function linkIn(mail: ParsedMail, kind: "confirm" | "withdraw"): { url: string; token: string } {
  const match = new RegExp(`https://pledge\\.example\\.org/(en|be|ru)/${kind}/([A-Za-z0-9_-]{43})`).exec(mail.text ?? "");
  if (!match) throw new Error(`no ${kind} link in:\n${mail.text}`);
  return { url: match[0], token: match[2]! };
}

describe("pledge emails", () => {
  it.each([
    ["en", "Please confirm your solidarity pledge", "Hello,"],
    ["be", "Калі ласка, пацвердзіце свой подпіс салідарнасці", "Добры дзень!"],
    ["ru", "Пожалуйста, подтвердите свою подпись солидарности", "Здравствуйте!"],
  ])("sends the confirmation in the signer's language (%s) with a confirm and a withdraw link", async (locale, subject, greeting) => {
    const campaign = await createTestCampaign();
    const input = pledgeInput();
    await createPledge(campaign, input, locale);
    const [mail] = await mailTo(input.email);
    expect(mail?.subject).toBe(subject);
    expect(mail?.text).toContain(greeting);
    expect(mail?.headers.get("content-language")).toBe(locale);
    expect(linkIn(mail!, "confirm").url).toContain(`/${locale}/confirm/`);
    expect(linkIn(mail!, "withdraw").url).toContain(`/${locale}/withdraw/`);
    expect(mail?.html).toContain(`lang="${locale}"`);
    expect(await queuedJobs()).not.toContainEqual(expect.objectContaining({ payload: expect.objectContaining({ kind: "confirm" }), lastError: expect.anything() }));
  });

  it("puts nothing the signer typed into the email: whoever types another's address cannot write to them", async () => {
    const campaign = await createTestCampaign();
    const spam = "Cheap pills at spam.example, call +1 555 0100";
    for (const name of [spam, '<img src=x onerror="alert(1)">']) {
      const input = pledgeInput({ name, message: spam });
      await createPledge(campaign, input, "en");
      const [mail] = await mailTo(input.email);
      expect(mail?.text).toContain("Hello,");
      for (const part of [mail?.text ?? "", mail?.html ?? "", mail?.subject ?? ""]) {
        expect(part).not.toContain("spam.example");
        expect(part).not.toMatch(/img src|&lt;img/);
      }
    }
  });

  it("confirms once through the emailed link; the link then says 'already confirmed'", async () => {
    const campaign = await createTestCampaign();
    const input = pledgeInput();
    await createPledge(campaign, input, "en");
    const { token } = linkIn((await mailTo(input.email))[0]!, "confirm");
    expect(await confirmPledge(token)).toBe("confirmed");
    expect(await confirmPledge(token)).toBe("already-confirmed");
    const pledge = await db().pledge.findFirstOrThrow({ where: { campaignId: campaign.id }, select: { status: true, confirmedAt: true } });
    expect(pledge.status).toBe("CONFIRMED");
    expect(pledge.confirmedAt).toBeInstanceOf(Date);
  });

  it("refuses expired, unknown and malformed confirmation links", async () => {
    const campaign = await createTestCampaign();
    const input = pledgeInput();
    await createPledge(campaign, input, "en");
    const { token } = linkIn((await mailTo(input.email))[0]!, "confirm");
    const eightDaysLater = new Date(Date.now() + 8 * 24 * 3600 * 1000);
    expect(await confirmPledge(token, eightDaysLater)).toBe("expired");
    expect(await confirmPledge("A".repeat(43))).toBe("invalid");
    expect(await confirmPledge("../../etc/passwd")).toBe("invalid");
    expect(await confirmPledge(linkIn((await mailTo(input.email))[0]!, "withdraw").token)).toBe("invalid");
  });

  it("sends a repeat signer one 'already signed' email a day, pointing to the withdraw link they hold", async () => {
    const campaign = await createTestCampaign();
    const input = pledgeInput();
    await createPledge(campaign, input, "en");
    await confirmPledge(linkIn((await mailTo(input.email))[0]!, "confirm").token);
    const tokensBefore = await db().pledgeToken.count({ where: { pledge: { campaignId: campaign.id }, purpose: "WITHDRAW" } });
    expect(await createPledge(campaign, input, "en")).toBe("already-signed");
    // The same address again and again the same day: the form answers the same, nobody is emailed.
    for (let attempt = 0; attempt < 5; attempt++) expect(await createPledge(campaign, input, "en")).toBe("nothing-sent");
    const mails = await mailTo(input.email, 2);
    expect(mails).toHaveLength(2);
    const again = mails.find((mail) => mail.subject === "You have already signed the solidarity pledge");
    expect(again).toBeDefined();
    expect(again?.text).not.toMatch(/\/confirm\//);
    // Their first email's withdraw link still works, so no new one is issued.
    expect(again?.text).not.toMatch(/\/withdraw\//);
    expect(again?.text).toContain("use the link in the first email");
    expect(await db().pledgeToken.count({ where: { pledge: { campaignId: campaign.id }, purpose: "WITHDRAW" } })).toBe(tokensBefore);

    expect(await withdrawPledge(linkIn(mails[0]!, "withdraw").token)).toBe("withdrawn");
    const row = await db().pledge.findFirstOrThrow({
      where: { campaignId: campaign.id },
      select: { status: true, withdrawnAt: true, nameEncrypted: true, emailEncrypted: true, emailHash: true, message: true, cityName: true },
    });
    expect(row).toMatchObject({ status: "WITHDRAWN", nameEncrypted: null, emailEncrypted: null, emailHash: null, message: null, cityName: null });
    expect(await withdrawPledge(linkIn(mails[0]!, "withdraw").token)).toBe("already-withdrawn");
    // The old confirmation link is gone with the data.
    expect(await confirmPledge(linkIn(mails[0]!, "confirm").token)).toBe("invalid");
  });

  it("lets a withdrawn supporter sign again as a new pledge", async () => {
    const campaign = await createTestCampaign();
    const input = pledgeInput();
    await createPledge(campaign, input, "en");
    await withdrawPledge(linkIn((await mailTo(input.email))[0]!, "withdraw").token);
    expect(await createPledge(campaign, input, "en")).toBe("created");
  });

  it("keeps emails queued while the mail server is down and sends them when it is back", async () => {
    const campaign = await createTestCampaign();
    const input = pledgeInput();
    const port = inbox.port;
    await inbox.stop();
    resetMailTransport();
    await createPledge(campaign, input, "ru");
    await runDueJobs();
    const pledge = await db().pledge.findFirstOrThrow({ where: { campaignId: campaign.id }, select: { id: true } });
    const [failed] = (await queuedJobs()).filter((job) => (job.payload as { pledgeId: string }).pledgeId === pledge.id);
    expect(failed).toMatchObject({ attempts: 1, lastError: expect.stringMatching(/ECONNREFUSED|connect/i) });

    await inbox.start(port);
    resetMailTransport();
    // Make the retry due now instead of waiting out the back-off.
    await db().$executeRaw`UPDATE graphile_worker._private_jobs SET run_at = now() WHERE payload->>'pledgeId' = ${pledge.id}`;
    const [mail] = await mailTo(input.email);
    expect(mail?.subject).toBe("Пожалуйста, подтвердите свою подпись солидарности");
    expect((await queuedJobs()).filter((job) => (job.payload as { pledgeId: string }).pledgeId === pledge.id)).toEqual([]);
  });
  it("links to the mirror or onion address the supporter signed through, and to APP_URL for any other", async () => {
    const onion = `http://${"b".repeat(56)}.onion`;
    process.env.APP_ALT_URLS = "https://mirror.example.net";
    process.env.ONION_URL = onion;
    try {
      const campaign = await createTestCampaign();
      const cases = [
        [onion, onion],
        ["https://mirror.example.net", "https://mirror.example.net"],
        // A job from before a mirror was retired, or a forged value: the links use APP_URL.
        ["https://evil.example", "https://pledge.example.org"],
        [undefined, "https://pledge.example.org"],
      ] as const;
      for (const [signedThrough, expected] of cases) {
        const input = pledgeInput();
        await createPledge(campaign, input, "en", undefined, { siteOrigin: signedThrough });
        const [mail] = await mailTo(input.email);
        const links = [...(mail?.text ?? "").matchAll(/https?:\/\/[^\s/]+\/en\/(?:confirm|withdraw)\//g)].map((match) => match[0]);
        expect(links, String(signedThrough)).toEqual([`${expected}/en/confirm/`, `${expected}/en/withdraw/`]);
      }
    } finally {
      delete process.env.APP_ALT_URLS;
      delete process.env.ONION_URL;
    }
  });
});

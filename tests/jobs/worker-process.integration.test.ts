import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createPledge } from "@/lib/pledges/create-pledge";
import { createTestCampaign } from "@/tests/factories/campaign";
import { pledgeInput } from "@/tests/factories/pledge";
import { SmtpInbox } from "@/tests/support/smtp-inbox";

// `npm run worker` as its own process, next to a web instance that only enqueues: it sends the
// confirmation email a pledge queued, through a real SMTP server, and stops cleanly on SIGTERM.

const inbox = new SmtpInbox();
let smtpUrl = "";

beforeAll(async () => {
  smtpUrl = await inbox.start();
});
afterAll(async () => {
  await inbox.stop();
  await db().$disconnect();
});

describe("npm run worker", () => {
  it("sends queued emails from its own process and exits 0 on SIGTERM", { timeout: 60_000 }, async () => {
    const campaign = await createTestCampaign();
    const email = `worker-${randomUUID()}@example.org`;
    await createPledge(campaign, pledgeInput({ email }), "en");

    const tsx = path.resolve("node_modules/.bin/tsx");
    const worker = spawn(tsx, ["--conditions=react-server", "scripts/worker.ts"], {
      // JOB_CONCURRENCY=0 is what web instances set; the worker runs anyway.
      env: { ...process.env, SMTP_URL: smtpUrl, APP_URL: "https://pledge.example.org", JOB_CONCURRENCY: "0", NODE_ENV: "production" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    worker.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    worker.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => worker.on("exit", resolve));
    try {
      const deadline = Date.now() + 45_000;
      while (!inbox.messages.some((message) => !Array.isArray(message.to) && message.to?.text === email)) {
        if (Date.now() > deadline) throw new Error(`no email from the worker; it said:\n${output}`);
        await inbox.waitFor(inbox.messages.length + 1, 1000).catch(() => undefined);
      }
      const mail = inbox.messages.find((message) => !Array.isArray(message.to) && message.to?.text === email)!;
      expect(mail.subject).toBe("Please confirm your solidarity pledge");
      expect(mail.text).toMatch(/https:\/\/pledge\.example\.org\/en\/confirm\/[A-Za-z0-9_-]{43}/);
    } finally {
      worker.kill("SIGTERM");
    }
    expect(await exited).toBe(0);
    expect(output).toContain("SIGTERM: finishing the jobs in hand");
  });
});

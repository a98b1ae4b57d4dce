import "server-only";
import { db } from "@/lib/db/client";
import { serverEnv } from "@/lib/env";
import type { MailMessage } from "./mail-message";

// Where mail goes when no SMTP server is configured: a table read by /dev/mailbox, so a local
// installation can sign, confirm and withdraw without any mail server. It holds addresses in
// clear text, so it is off in production unless DEV_MAILBOX=1 (set by `npm start` for the
// embedded demo, never with a real DATABASE_URL).

export function devMailboxEnabled(): boolean {
  const env = serverEnv();
  if (env.DEV_MAILBOX) return env.DEV_MAILBOX === "1";
  return env.NODE_ENV !== "production";
}

export async function deliverToDevMailbox(message: MailMessage): Promise<void> {
  const { to, subject, text, html, locale } = message;
  await db().devMailboxMessage.create({ data: { to, subject, text, html, locale }, select: { id: true } });
}

export async function listDevMailbox(limit = 100) {
  return db().devMailboxMessage.findMany({
    orderBy: { createdAt: "desc" },
    take: limit,
    select: { id: true, to: true, subject: true, locale: true, createdAt: true },
  });
}

export async function readDevMailboxMessage(id: string) {
  if (!/^[0-9a-f-]{36}$/.test(id)) return null;
  return db().devMailboxMessage.findUnique({ where: { id } });
}

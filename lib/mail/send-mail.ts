import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { serverEnv } from "@/lib/env";
import { deliverToDevMailbox, devMailboxEnabled } from "./dev-mailbox";
import type { MailMessage } from "./mail-message";

let transporter: Transporter | undefined;

/**
 * Sends one email: through SMTP_URL when configured, else into the development mailbox. Throws
 * when the mail server refuses or is down; the job queue then retries with back-off.
 */
export async function sendMail(message: MailMessage): Promise<void> {
  const env = serverEnv();
  if (!env.SMTP_URL) {
    if (!devMailboxEnabled()) throw new Error("No SMTP_URL is configured and the development mailbox is disabled.");
    await deliverToDevMailbox(message);
    return;
  }
  transporter ??= nodemailer.createTransport(env.SMTP_URL, { from: env.MAIL_FROM });
  await transporter.sendMail({
    from: env.MAIL_FROM,
    to: message.to,
    subject: message.subject,
    text: message.text,
    html: message.html,
    headers: { "Content-Language": message.locale },
    attachments: message.attachments,
  });
}

/** For tests that point SMTP_URL at a server they start: forget the cached transport. */
export function resetMailTransport(): void {
  transporter?.close();
  transporter = undefined;
}

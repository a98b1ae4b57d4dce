import "server-only";
import { db } from "@/lib/db/client";
import { serverEnv } from "@/lib/env";
import { sendMail } from "@/lib/mail/send-mail";
import { renderPledgeEmail, type PledgeEmailKind } from "@/lib/mail/templates/pledge-emails";
import { decryptPersonal } from "@/lib/privacy/personal-data";
import { issuePledgeTokens } from "./pledge-tokens";

/**
 * The job behind every pledge email. Tokens are created here, not when the job is enqueued, so
 * no usable link ever sits in the job table. If sending fails, the job is retried; the tokens of
 * the failed attempt are simply never used.
 */
export async function sendPledgeEmail(pledgeId: string, kind: PledgeEmailKind): Promise<"sent" | "skipped"> {
  const pledge = await db().pledge.findUnique({
    where: { id: pledgeId },
    select: { status: true, locale: true, nameEncrypted: true, emailEncrypted: true },
  });
  // Withdrawn in the meantime (data erased) or invalidated: there is nobody to write to.
  if (!pledge?.emailEncrypted || !pledge.nameEncrypted) return "skipped";
  if (kind === "confirm" && pledge.status !== "PENDING") return "skipped";
  if (kind === "already-signed" && pledge.status !== "CONFIRMED") return "skipped";

  const siteUrl = serverEnv().APP_URL.replace(/\/$/, "");
  const links = await issuePledgeTokens(pledgeId, kind === "confirm" ? (["CONFIRM", "WITHDRAW"] as const) : (["WITHDRAW"] as const));
  const message = await renderPledgeEmail({
    kind,
    locale: pledge.locale,
    to: decryptPersonal(pledge.emailEncrypted, "pledge.email"),
    name: decryptPersonal(pledge.nameEncrypted, "pledge.name"),
    siteUrl,
    confirmUrl: "CONFIRM" in links ? `${siteUrl}/${pledge.locale}/confirm/${links.CONFIRM}` : undefined,
    withdrawUrl: `${siteUrl}/${pledge.locale}/withdraw/${links.WITHDRAW}`,
  });
  await sendMail(message);
  return "sent";
}

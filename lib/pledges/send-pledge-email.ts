import "server-only";
import { db } from "@/lib/db/client";
import { ourOrigin, primaryOrigin } from "@/lib/http/site-origins";
import { sendMail } from "@/lib/mail/send-mail";
import { renderPledgeEmail, type PledgeEmailKind } from "@/lib/mail/templates/pledge-emails";
import { decryptPersonal } from "@/lib/privacy/personal-data";
import { hasValidWithdrawToken, issuePledgeTokens } from "./pledge-tokens";

/**
 * The job behind every pledge email. Tokens are created here, not when the job is enqueued, so
 * no usable link ever sits in the job table. If sending fails, the job is retried; the tokens of
 * the failed attempt are simply never used. Links point to `origin` (the mirror or onion address
 * the supporter signed through) while it is still one of ours, else to APP_URL.
 */
export async function sendPledgeEmail(pledgeId: string, kind: PledgeEmailKind, origin?: string): Promise<"sent" | "skipped"> {
  const pledge = await db().pledge.findUnique({
    where: { id: pledgeId },
    select: { status: true, locale: true, emailEncrypted: true },
  });
  // Withdrawn in the meantime (data erased) or invalidated: there is nobody to write to.
  if (!pledge?.emailEncrypted) return "skipped";
  if (kind === "confirm" && pledge.status !== "PENDING") return "skipped";
  if (kind === "already-signed" && pledge.status !== "CONFIRMED") return "skipped";

  const siteUrl = ourOrigin(origin) ?? primaryOrigin();
  // A repeat signer already holds a withdrawal link (valid for 400 days): a new one each time
  // someone types their address would pile up live tokens for an attacker's amusement.
  const needsWithdrawLink = kind === "confirm" || !(await hasValidWithdrawToken(pledgeId));
  const purposes = kind === "confirm" ? (["CONFIRM", "WITHDRAW"] as const) : needsWithdrawLink ? (["WITHDRAW"] as const) : ([] as const);
  const links: Partial<Record<"CONFIRM" | "WITHDRAW", string>> = purposes.length > 0 ? await issuePledgeTokens(pledgeId, purposes) : {};
  const message = await renderPledgeEmail({
    kind,
    locale: pledge.locale,
    to: decryptPersonal(pledge.emailEncrypted, "pledge.email"),
    siteUrl,
    confirmUrl: links.CONFIRM ? `${siteUrl}/${pledge.locale}/confirm/${links.CONFIRM}` : undefined,
    withdrawUrl: links.WITHDRAW ? `${siteUrl}/${pledge.locale}/withdraw/${links.WITHDRAW}` : undefined,
  });
  await sendMail(message);
  return "sent";
}

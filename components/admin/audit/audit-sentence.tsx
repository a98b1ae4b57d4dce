import Link from "next/link";
import type { ReactNode } from "react";
import { isAuditAction } from "@/lib/audit/audit-actions";
import { countOf, detailsOf, rejectReasonOf, shortId, textOf, type Details } from "@/lib/audit/read-audit-details";
import type { AdminTranslate } from "@/lib/i18n/admin-i18n";
import { isLocale, type Locale } from "@/lib/i18n/routing";
import { formatAuditPairs, formatAuditValue, formatSettingChanges } from "./format-audit-value";

// One audit entry as a sentence in the organiser's language: who did what to which item, with a
// link to the item while it still exists. Each action names the details it needs; an entry
// without them (older code, or an action added since) gets the generic sentence, not an error.

export interface AuditSentenceEntry {
  action: string;
  actorLabel: string;
  targetType: string | null;
  targetId: string | null;
  details: unknown;
}

interface Context {
  t: AdminTranslate;
  locale: Locale;
  /** Pledges whose message can still be opened in the moderation queue. */
  openableMessages: ReadonlySet<string>;
}

type Values = Record<string, string | number>;
interface Known {
  values: Values;
  href?: string;
}

const ROLES = ["ADMIN", "MODERATOR", "VIEWER"];

function messageHref(entry: AuditSentenceEntry, context: Context): string | undefined {
  if (entry.targetType !== "pledge" || !entry.targetId || !context.openableMessages.has(entry.targetId)) return undefined;
  return `/admin/moderation?${new URLSearchParams({ status: "all", pledge: entry.targetId })}`;
}

function knownSentence(entry: AuditSentenceEntry, details: Details, context: Context): Known | undefined {
  const { t, locale } = context;
  const role = (key: string) => {
    const code = textOf(details, key);
    return code && ROLES.includes(code) ? t(`roles.${code}`) : undefined;
  };
  const email = textOf(details, "email");
  const sessions = countOf(details, "sessionsEnded");
  switch (entry.action) {
    case "auth.sign_in":
    case "auth.sign_out":
      return { values: {} };
    case "organiser.add":
      return email && role("role") ? { values: { email, role: role("role")!, restored: details.restored === true ? "yes" : "no" }, href: "/admin/organisers" } : undefined;
    case "organiser.role_change":
      return email && role("from") && role("to") ? { values: { email, from: role("from")!, to: role("to")! }, href: "/admin/organisers" } : undefined;
    case "organiser.remove":
      return email && role("role") && sessions !== undefined ? { values: { email, role: role("role")!, sessions } } : undefined;
    case "sessions.revoke":
      return email && sessions !== undefined ? { values: { email, sessions }, href: "/admin/organisers" } : undefined;
    case "pledges.invalidate": {
      const matched = countOf(details, "matched");
      return matched === undefined ? undefined : { values: { matched, reason: textOf(details, "reason") ?? "none" }, href: "/admin/fraud" };
    }
    case "pledges.invalidation_undo": {
      const restored = countOf(details, "restored");
      return restored === undefined ? undefined : { values: { restored }, href: "/admin/fraud" };
    }
    case "pledges.review_clear": {
      const cleared = countOf(details, "cleared");
      return cleared === undefined ? undefined : { values: { cleared }, href: "/admin/review" };
    }
    case "settings.change": {
      const before = detailsOf(details.before);
      const after = detailsOf(details.after);
      return Object.keys(after).length === 0 ? undefined : { values: { changes: formatSettingChanges(before, after, t, locale) }, href: "/admin/settings" };
    }
    case "story.edit": {
      const story = textOf(details, "locale");
      const before = countOf(details, "charactersBefore");
      const after = countOf(details, "charactersAfter");
      if (!isLocale(story) || before === undefined || after === undefined) return undefined;
      const values = { language: t(`languages.${story}`), outcome: textOf(details, "outcome") ?? "saved", before: formatAuditValue(before, t, locale), after: formatAuditValue(after, t, locale) };
      return { values, href: `/admin/settings/story?locale=${story}` };
    }
    case "export.supporters": {
      const rows = countOf(details, "rows");
      const upTo = textOf(details, "upTo");
      return rows === undefined || !upTo ? undefined : { values: { rows, upTo: formatAuditValue(upTo, t, locale) } };
    }
    case "message.approve":
    case "message.reject":
    case "message.feature":
    case "message.unfeature": {
      if (entry.targetType !== "pledge" || !entry.targetId) return undefined;
      const values: Values = { pledge: shortId(entry.targetId), from: textOf(details, "from") ?? "open", reason: rejectionText(details, t) };
      return { values, href: messageHref(entry, context) };
    }
    case "delivery.recipient_add":
    case "delivery.recipient_remove":
    case "delivery.cancel":
    case "delivery.send_now":
      return { values: {}, href: "/admin/delivery" };
    case "delivery.schedule": {
      const sendAt = textOf(details, "sendAt");
      const timeZone = textOf(details, "timeZone");
      return sendAt && timeZone ? { values: { sendAt: formatAuditValue(sendAt, t, locale), timeZone }, href: "/admin/delivery" } : undefined;
    }
    case "delivery.build": {
      const recipients = countOf(details, "recipients");
      const snapshot = textOf(details, "snapshotId");
      return recipients === undefined || !snapshot ? undefined : { values: { recipients, snapshot: shortId(snapshot) }, href: "/admin/delivery" };
    }
    case "delivery.send": {
      const send = textOf(details, "sendId");
      return send ? { values: { send: shortId(send) }, href: "/admin/delivery" } : undefined;
    }
    case "crm.settings_change": {
      const after = detailsOf(details.after);
      if (Object.keys(after).length === 0) return undefined;
      return { values: { changes: formatSettingChanges(detailsOf(details.before), after, t, locale), apiKey: textOf(details, "apiKey") ?? "unchanged" }, href: "/admin/crm" };
    }
    case "crm.api_key_remove":
      return { values: {}, href: "/admin/crm" };
    case "crm.backfill": {
      const queued = countOf(details, "queued");
      return queued === undefined ? undefined : { values: { queued }, href: "/admin/crm" };
    }
    case "crm.removal_confirm":
      return entry.targetType === "pledge" && entry.targetId ? { values: { pledge: shortId(entry.targetId) }, href: "/admin/crm" } : undefined;
    case "webhook.create":
    case "webhook.enable":
    case "webhook.disable":
    case "webhook.delete":
    case "webhook.rotate_secret":
    case "webhook.test": {
      const host = textOf(details, "host");
      return host ? { values: { host }, href: entry.action === "webhook.delete" ? undefined : "/admin/webhooks" } : undefined;
    }
    case "campaign.create":
      return { values: {} };
    case "organiser.campaign_role":
      return email ? { values: { email }, href: "/admin/organisers" } : undefined;
    default:
      return undefined;
  }
}

function rejectionText(details: Details, t: AdminTranslate): string {
  const { code, note } = rejectReasonOf(details);
  if (code && note) return `${t(`rejectReasons.${code}`)}: “${note}”`;
  if (code) return t(`rejectReasons.${code}`);
  return note ? `“${note}”` : "none";
}

function targetText(entry: AuditSentenceEntry, t: AdminTranslate): string {
  if (!entry.targetType) return "none";
  if (entry.targetType === "pledge" && entry.targetId) return t("targets.pledge", { id: shortId(entry.targetId) });
  if (t.has(`targets.${entry.targetType}`)) return t(`targets.${entry.targetType}`);
  return [entry.targetType, entry.targetId ? shortId(entry.targetId) : ""].filter(Boolean).join(" ");
}

function actorName(label: string, t: AdminTranslate): string {
  return label === "cli" || label === "system" ? t(`actors.${label}`) : label;
}

export function AuditSentence({ entry, ...context }: { entry: AuditSentenceEntry } & Context): ReactNode {
  const { t } = context;
  const details = detailsOf(entry.details);
  const known = isAuditAction(entry.action) ? knownSentence(entry, details, context) : undefined;
  const href = known ? known.href : messageHref(entry, context);
  const tags = {
    strong: (chunks: ReactNode) => <strong className="font-semibold">{chunks}</strong>,
    item: (chunks: ReactNode) => (href ? <Link href={href} className="underline">{chunks}</Link> : <>{chunks}</>),
  };
  const actor = actorName(entry.actorLabel, t);
  if (known) return t.rich(`sentences.${entry.action}`, { actor, ...known.values, ...tags });
  const action = isAuditAction(entry.action) ? t(`actions.${entry.action}`) : entry.action.replace(/[._]/g, " ");
  const pairs = formatAuditPairs(details, t, context.locale);
  return t.rich("sentences.generic", { actor, action, target: targetText(entry, t), details: pairs || "none", ...tags });
}

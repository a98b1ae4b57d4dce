// Client-safe: an invalidation's stored criteria, in the organiser's words ("network abc123…,
// created from …"); `t` is the "adminFraud.criteria" translator. The stored criteria stay as
// they are: only their display is translated.
import type { Locale } from "@/lib/i18n/routing";
import { shortSource } from "@/lib/fraud/source-kinds";

type Translate = (key: string, values?: Record<string, string | number>) => string;

export function describeCriteria(criteria: unknown, t: Translate, locale: Locale): string {
  if (!criteria || typeof criteria !== "object") return t("unknown");
  const record = criteria as Record<string, unknown>;
  const text = (key: string) => (typeof record[key] === "string" ? (record[key] as string) : undefined);
  const parts: string[] = [];
  const networkHash = text("networkHash");
  if (networkHash) parts.push(t("networkHash", { value: shortSource("networkHash", networkHash) }));
  const emailDomain = text("emailDomain");
  if (emailDomain) parts.push(t("emailDomain", { value: emailDomain }));
  const country = text("country");
  if (country) parts.push(t("country", { value: country }));
  const field = text("timeField") === "confirmedAt" ? "confirmedAt" : "createdAt";
  // Stored as ISO strings in UTC. Read as text, not parsed, so a malformed one still shows; the
  // order is lib/i18n/admin-format.ts's ("2026-08-04 10:00" en, "04.08.2026, 10:00" be/ru).
  const time = (value: string) => {
    const [year, month, day] = value.slice(0, 10).split("-");
    return locale === "en" ? `${value.slice(0, 10)} ${value.slice(11, 16)}` : `${day}.${month}.${year}, ${value.slice(11, 16)}`;
  };
  const from = text("from");
  if (from) parts.push(t("from", { field, time: time(from) }));
  const to = text("to");
  if (to) parts.push(t("to", { field, time: time(to) }));
  if (Array.isArray(record.statuses)) {
    const names = record.statuses.map((status) => (typeof status === "string" && ["PENDING", "CONFIRMED", "PENDING_REVIEW"].includes(status) ? t(`status.${status}`) : String(status)));
    parts.push(t("statuses", { list: names.join(", ") }));
  }
  return parts.join("; ");
}

import { formatAdminDateTime, formatAdminNumber } from "@/lib/i18n/admin-format";
import type { AdminTranslate } from "@/lib/i18n/admin-i18n";
import type { Locale } from "@/lib/i18n/routing";

// Any stored detail as words: what a generic sentence or a settings change shows, so the log
// never prints JSON whatever shape an entry has (decision 0041).

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** "sessionsEnded" → "sessions ended": readable for keys no translation names yet. */
function humanise(key: string): string {
  return key.replace(/([a-z])([A-Z])/g, "$1 $2").replace(/_/g, " ").toLowerCase();
}

export function detailName(key: string, t: AdminTranslate): string {
  return t.has(`settingNames.${key}`) ? t(`settingNames.${key}`) : humanise(key);
}

export function formatAuditValue(value: unknown, t: AdminTranslate, locale: Locale): string {
  if (value === null || value === undefined || value === "") return t("empty");
  if (typeof value === "boolean") return value ? t("yes") : t("no");
  if (typeof value === "number") return formatAdminNumber(locale, value);
  if (typeof value === "string") return ISO_TIME.test(value) ? formatAdminDateTime(locale, value) : value;
  if (Array.isArray(value)) return value.length === 0 ? t("empty") : value.map((item) => formatAuditValue(item, t, locale)).join(", ");
  if (typeof value === "object") return formatAuditPairs(value as Record<string, unknown>, t, locale) || t("empty");
  return String(value);
}

/** "goal: 100; counts frozen: no": every key of an object, in a stable order. */
export function formatAuditPairs(details: Record<string, unknown>, t: AdminTranslate, locale: Locale): string {
  return Object.keys(details)
    .sort()
    .map((key) => `${detailName(key, t)}: ${formatAuditValue(details[key], t, locale)}`)
    .join("; ");
}

/** "goal: 100 → 5,000; counts frozen: no → yes", from a settings entry's before and after. */
export function formatSettingChanges(before: Record<string, unknown>, after: Record<string, unknown>, t: AdminTranslate, locale: Locale): string {
  return Object.keys(after)
    .sort()
    .map((key) => `${detailName(key, t)}: ${formatAuditValue(before[key], t, locale)} → ${formatAuditValue(after[key], t, locale)}`)
    .join("; ");
}

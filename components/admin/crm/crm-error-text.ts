import type { AdminTranslate } from "@/lib/i18n/admin-i18n";

// The push log's error codes (lib/crm/) in the organiser's words. An HTTP status the CRM sent
// is named as such; 401 and 403 say what they nearly always mean: the key.
const KNOWN = new Set(["timeout", "network", "redirect", "key_refused", "crm_off", "not_eligible", "withdrawn"]);

export function crmErrorText(code: string | null, t: AdminTranslate): string {
  if (!code) return t("empty");
  const http = /^http_(\d{3})$/.exec(code);
  if (http) {
    const status = Number(http[1]);
    return status === 401 || status === 403 ? t("errors.keyRefusedHttp", { status }) : t("errors.http", { status });
  }
  return KNOWN.has(code) ? t(`errors.${code}`) : t("errors.unexpected");
}

// Client-safe: what a moderator who lost a race is told, built from the message's current state,
// in the moderator's language (messages/<locale>/admin-moderation.json, "adminModeration.handled").
import { formatAdminDate, formatAdminTime } from "@/lib/i18n/admin-format";
import type { Locale } from "@/lib/i18n/routing";

export interface HandledState {
  status: "PENDING" | "HELD" | "APPROVED" | "REJECTED" | null;
  featured: boolean;
  by: string | null;
  at: Date | string | null;
}

export type HandledTranslate = (key: "gone" | "already" | "alreadyBy", values?: Record<string, string>) => string;

/** "Already approved by alice@example.org at 10:02 UTC (2026-08-04)." */
export function describeHandled(state: HandledState, t: HandledTranslate, locale: Locale): string {
  if (!state.status) return t("gone");
  const what = state.status === "APPROVED" ? (state.featured ? "featured" : "approved") : state.status === "REJECTED" ? "rejected" : "changed";
  if (!state.by || !state.at) return t("already", { what });
  return t("alreadyBy", { what, by: state.by, time: formatAdminTime(state.at), date: formatAdminDate(locale, state.at) });
}

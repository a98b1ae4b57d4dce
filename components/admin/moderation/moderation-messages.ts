// What the queue says for the moderation forms' error keys and for a decision taken, in the
// moderator's language; any other error key falls back to the admin area's shared messages.
import { useLocale, useTranslations } from "next-intl";
import type { HandledTranslate } from "@/lib/moderation/message-handled";
import type { Locale } from "@/lib/i18n/routing";
import { formMessageFrom, type MessageFor } from "@/components/admin/ui/form-messages";

type Translate = ((key: string, values?: Record<string, string | number>) => string) & { has: (key: string) => boolean };

export const DONE_DECISIONS = ["approve", "reject", "feature", "unfeature"] as const;

export interface ModerationTexts {
  locale: Locale;
  t: Translate;
  errorFor: MessageFor;
  handled: HandledTranslate;
}

/** Built from the "adminModeration" and "adminForm" translators (server or client). */
export function moderationTexts(locale: Locale, t: Translate, form: Translate): ModerationTexts {
  const formMessage = formMessageFrom(form);
  return {
    locale,
    t,
    errorFor: (key) => (t.has(`errors.${key}`) ? t(`errors.${key}`) : formMessage(key)),
    handled: (key, values) => t(`handled.${key}`, values),
  };
}

export function isDoneDecision(value: unknown): value is (typeof DONE_DECISIONS)[number] {
  return typeof value === "string" && (DONE_DECISIONS as readonly string[]).includes(value);
}

/** For the queue's client components, under the admin layout's NextIntlClientProvider. */
export function useModerationTexts(): ModerationTexts {
  return moderationTexts(useLocale() as Locale, useTranslations("adminModeration"), useTranslations("adminForm"));
}

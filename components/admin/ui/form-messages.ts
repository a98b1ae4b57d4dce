// What the admin forms say for each error key (field errors from the zod schemas in
// lib/auth/organiser-schemas.ts and its siblings, form errors from lib/actions/error-code.ts), in
// the organiser's language: messages/<locale>/admin.json, namespace "adminForm".
import { useTranslations } from "next-intl";

export type MessageFor = (key: string) => string;

type Translate = ((key: string) => string) & { has: (key: string) => boolean };

/** An unknown key is a bug on our side: say so in words, never show the key. */
export function formMessageFrom(t: Translate): MessageFor {
  return (key) => (t.has(key) ? t(key) : t("unexpected"));
}

/** For client components, under the admin layout's NextIntlClientProvider. */
export function useFormMessage(): MessageFor {
  return formMessageFrom(useTranslations("adminForm"));
}

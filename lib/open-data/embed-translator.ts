import "server-only";
import { createTranslator } from "next-intl";
import { loadMessages } from "@/lib/i18n/load-messages";
import type { Locale } from "@/lib/i18n/routing";

/** The embeds' strings in a locale chosen by ?locale= (they live outside the /[locale] pages). */
export async function embedTranslator(locale: Locale) {
  return createTranslator({ locale, messages: await loadMessages(locale), namespace: "embed" });
}

import "server-only";
import { createTranslator } from "next-intl";
import { loadMessages } from "@/lib/i18n/load-messages";
import type { Locale } from "@/lib/i18n/routing";

type Translate = (key: string, values?: Record<string, string | number>) => string;

/** The embeds' strings in a locale chosen by ?locale= (they live outside the /[locale] pages). */
export async function embedTranslator(locale: Locale): Promise<Translate> {
  // The messages are loaded at run time, so next-intl cannot type their keys here.
  const translate = createTranslator({ locale, messages: await loadMessages(locale), namespace: "embed" }) as unknown as Translate;
  return (key, values) => translate(key, values);
}

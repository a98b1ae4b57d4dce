import "server-only";
import { cookies, headers } from "next/headers";
import { createTranslator, type AbstractIntlMessages } from "next-intl";
import type { ReactNode } from "react";
import { cache } from "react";
import { ADMIN_LOCALE_COOKIE, negotiateAdminLocale } from "./admin-locale";
import { loadAdminMessages } from "./load-admin-messages";
import type { Locale } from "./routing";

// The organisers' area's translations on the server. It is outside app/[locale], so next-intl's
// request config (lib/i18n/request.ts, public messages) does not apply: pages and the layout
// call these instead, and client components read the same messages from the layout's provider.

export type AdminTranslate = ((key: string, values?: Record<string, string | number | Date>) => string) & {
  rich: (key: string, values: Record<string, string | number | Date | ((chunks: ReactNode) => ReactNode)>) => ReactNode;
  has: (key: string) => boolean;
};

/** The organiser's language for this request: their cookie, else Accept-Language, else English. */
export const getAdminLocale = cache(async (): Promise<Locale> => {
  const [jar, head] = await Promise.all([cookies(), headers()]);
  return negotiateAdminLocale({ cookie: jar.get(ADMIN_LOCALE_COOKIE)?.value, acceptLanguage: head.get("accept-language") });
});

export const getAdminMessages = cache(async (): Promise<AbstractIntlMessages> => loadAdminMessages(await getAdminLocale()));

/** A translator for one namespace ("adminDashboard", …) in `locale` (default: this request's). */
export async function getAdminTranslator(namespace: string, locale?: Locale): Promise<AdminTranslate> {
  const chosen = locale ?? (await getAdminLocale());
  const messages = locale ? await loadAdminMessages(locale) : await getAdminMessages();
  // Messages are loaded at run time, so next-intl cannot type their keys here; the messages test
  // checks that every locale has every key.
  return createTranslator({ locale: chosen, messages, namespace: namespace as never, timeZone: "UTC" }) as unknown as AdminTranslate;
}

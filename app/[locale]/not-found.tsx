import { getLocale, getTranslations } from "next-intl/server";
import { SimplePage } from "@/components/layout/simple-page";
import { isLocale, routing } from "@/lib/i18n/routing";

// The 404 inside the site: header, footer, language switcher and the reader's language, under
// the same CSP nonce as every page (the locale layout renders per request).

async function notFoundLocale() {
  const locale = await getLocale();
  return isLocale(locale) ? locale : routing.defaultLocale;
}

export default async function NotFound() {
  const locale = await notFoundLocale();
  const t = await getTranslations({ locale, namespace: "notFound" });
  return (
    <SimplePage locale={locale} path="" title={t("title")}>
      <p>{t("body")}</p>
      <ul className="list-disc space-y-2 pl-6">
        <li>
          <a href={`/${locale}#pledge`} className="font-semibold underline">
            {t("sign")}
          </a>
        </li>
        <li>
          <a href={`/${locale}`} className="underline">
            {t("home")}
          </a>
        </li>
      </ul>
    </SimplePage>
  );
}

import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { NumberFormatFallback } from "@/components/i18n/number-format-fallback";
import { publicClientNamespaces } from "@/lib/i18n/message-files";
import { pageLocale } from "@/lib/i18n/page-locale";
import { isLocale, routing } from "@/lib/i18n/routing";
import { siteOrigin } from "@/lib/seo/page-metadata";
import "../globals.css";

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: LayoutProps<"/[locale]">): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: "meta" });
  // metadataBase: the generated social images belong to this layout and need absolute URLs.
  // The title is the fallback for the 404 (its boundary's own metadata is not applied, e2e);
  // every page sets its own.
  return { metadataBase: await siteOrigin(), title: t("title"), description: t("description") };
}

export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  // Every page renders per request: its scripts carry this request's CSP nonce (proxy.ts).
  await connection();
  const locale = await pageLocale(params);
  const [t, messages] = await Promise.all([getTranslations({ locale, namespace: "layout" }), getMessages({ locale })]);
  // Only what client components read goes to the browser (the rest is rendered on the server).
  const clientMessages = Object.fromEntries(publicClientNamespaces.map((namespace) => [namespace, messages[namespace]]));
  return (
    <html lang={locale}>
      <body className="min-h-screen font-sans">
        <a href="#main" className="skip-link">
          {t("skipToContent")}
        </a>
        <NumberFormatFallback />
        <NextIntlClientProvider messages={clientMessages}>{children}</NextIntlClientProvider>
      </body>
    </html>
  );
}

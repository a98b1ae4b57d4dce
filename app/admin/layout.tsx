import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { getAdminLocale, getAdminMessages, getAdminTranslator } from "@/lib/i18n/admin-i18n";
import { adminClientNamespaces } from "@/lib/i18n/admin-message-files";
import { AdminHeader } from "@/components/admin/header/admin-header";
import { signOutAction } from "./actions";
import "../globals.css";

// The organisers' area has a root layout of its own: it lives outside the localised public site
// (proxy.ts applies no locale routing to /admin). Its language is the organiser's choice, kept in
// a cookie for /admin only, else their browser's (docs/decisions/0027-admin-area-localised.md).
export async function generateMetadata(): Promise<Metadata> {
  const t = await getAdminTranslator("adminShell");
  return {
    title: { default: t("metaDefault"), template: t("metaTemplate") },
    robots: { index: false, follow: false },
  };
}

export default async function AdminLayout({ children }: { children: ReactNode }) {
  // Every page renders per request: its scripts carry this request's CSP nonce (proxy.ts).
  await connection();
  const [locale, messages, t] = await Promise.all([getAdminLocale(), getAdminMessages(), getAdminTranslator("adminShell")]);
  const clientMessages = Object.fromEntries(adminClientNamespaces.map((namespace) => [namespace, messages[namespace]]));
  return (
    <html lang={locale}>
      <body className="min-h-screen font-sans">
        {/* Every prop given, so next-intl does not fall back to the public site's request config. */}
        <NextIntlClientProvider locale={locale} messages={clientMessages} timeZone="UTC" formats={{}} now={new Date()}>
          <a href="#main" className="skip-link">
            {t("skipToContent")}
          </a>
          <AdminHeader signOutAction={signOutAction} />
          <main id="main" tabIndex={-1} className="mx-auto max-w-5xl px-4 py-8">
            {children}
          </main>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}

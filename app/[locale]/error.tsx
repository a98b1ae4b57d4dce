"use client";

import { useLocale, useTranslations } from "next-intl";

// A page that failed on the server (a database outage, a bug): said in the reader's language,
// inside the site's layout, with a way back. The fault itself is logged on the server; the
// browser gets only its digest, never the message.
export default function PageError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("serverError");
  const locale = useLocale();
  return (
    <main id="main" className="mx-auto max-w-2xl px-4 py-10">
      <title>{t("title")}</title>
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-6 text-lg">{t("body")}</p>
      <div className="mt-6 flex flex-wrap items-center gap-6">
        <button type="button" onClick={reset} className="button-primary">
          {t("retry")}
        </button>
        <a href={`/${locale}`} className="text-lg underline">
          {t("home")}
        </a>
      </div>
    </main>
  );
}

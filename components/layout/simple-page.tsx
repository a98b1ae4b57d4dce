import type { ReactNode } from "react";
import type { Locale } from "@/lib/i18n/routing";
import { SiteFooter } from "./site-footer";
import { SiteHeader } from "./site-header";

/** A narrow page with one heading: confirmation, withdrawal, notices. */
export function SimplePage({ locale, path, title, children }: { locale: Locale; path: string; title: string; children: ReactNode }) {
  return (
    <>
      <SiteHeader locale={locale} path={path} />
      <main id="main" className="mx-auto max-w-2xl px-4 py-10">
        <h1 className="text-3xl font-bold">{title}</h1>
        <div className="mt-6 space-y-6 text-lg">{children}</div>
      </main>
      <SiteFooter />
    </>
  );
}

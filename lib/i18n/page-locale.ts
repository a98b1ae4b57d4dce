import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { isLocale, type Locale } from "./routing";

/**
 * The locale of a page or layout under app/[locale]/. Layouts and pages render in parallel, so
 * each must check the segment itself: an unknown one ("/favicon.ico", "/xx") is a 404.
 */
export async function pageLocale(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  return locale;
}

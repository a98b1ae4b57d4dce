import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";

/** Previous / next links between pages of the wall: plain links, so they work without JavaScript. */
export async function MessagePages({ locale, page, pageCount, base = "" }: { locale: Locale; page: number; pageCount: number; base?: string }) {
  const t = await getTranslations("messageWall.pages");
  if (pageCount <= 1) return null;
  const href = (target: number) => `/${locale}${base}/messages${target > 1 ? `?page=${target}` : ""}`;
  return (
    <nav aria-label={t("label")} className="mt-8 flex flex-wrap items-center gap-6">
      {page > 1 && (
        <a href={href(page - 1)} rel="prev" className="font-semibold underline underline-offset-4">
          ← {t("previous")}
        </a>
      )}
      <p aria-current="page">{t("status", { page, pages: pageCount })}</p>
      {page < pageCount && (
        <a href={href(page + 1)} rel="next" className="font-semibold underline underline-offset-4">
          {t("next")} →
        </a>
      )}
    </nav>
  );
}

import { getTranslations } from "next-intl/server";

export async function SiteFooter() {
  const t = await getTranslations("footer");
  return (
    <footer className="mt-16 border-t border-slate-200 bg-white">
      <div className="mx-auto max-w-5xl space-y-2 px-4 py-8 text-sm text-slate-700">
        <p>{t("madeFor")}</p>
        <p>{t("privacy")}</p>
      </div>
    </footer>
  );
}

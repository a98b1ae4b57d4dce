import { getTranslations } from "next-intl/server";

/** What the map never shows, in plain words, next to the map. */
export async function PrivacyRules({ k }: { k: number }) {
  const t = await getTranslations("map.privacy");
  return (
    <section aria-labelledby="map-privacy-heading" className="rounded-xl bg-white p-5 ring-1 ring-slate-200">
      <h2 id="map-privacy-heading" className="text-xl font-bold">
        {t("heading")}
      </h2>
      <ul className="mt-3 list-disc space-y-2 pl-5">
        <li>{t("threshold", { k })}</li>
        <li>{t("sensitive")}</li>
        <li>{t("noPerson")}</li>
      </ul>
    </section>
  );
}

import { getTranslations } from "next-intl/server";

const link = "font-semibold text-blue-900 underline";

export async function OpenDataLinks() {
  const t = await getTranslations("stats.openData");
  const items = [
    ["/api/v1/stats.json", t("statsJson")],
    ["/api/v1/countries.csv", t("countriesCsv")],
    ["/api/v1/history.csv", t("historyCsv")],
    ["/api/v1/openapi.json", t("openapi")],
  ] as const;
  return (
    <section aria-labelledby="open-data-heading">
      <h2 id="open-data-heading" className="text-2xl font-bold">
        {t("heading")}
      </h2>
      <p className="mt-3">{t("body")}</p>
      <ul className="mt-3 list-disc space-y-1 pl-6">
        {items.map(([href, label]) => (
          <li key={href}>
            <a href={href} className={link}>
              {label}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

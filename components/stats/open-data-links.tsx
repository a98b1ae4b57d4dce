import { getTranslations } from "next-intl/server";
import { campaignBase } from "@/lib/campaigns/public-addresses";

const link = "font-semibold text-blue-900 underline";

/** The page's campaign's figures as files; another campaign's live under /api/v1/campaigns/<slug> (ADR 0054). */
export async function OpenDataLinks({ campaignSlug }: { campaignSlug?: string }) {
  const t = await getTranslations("stats.openData");
  const base = `/api/v1${campaignBase(campaignSlug)}`;
  const items = [
    [`${base}/stats.json`, t("statsJson")],
    [`${base}/countries.csv`, t("countriesCsv")],
    [`${base}/history.csv`, t("historyCsv")],
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

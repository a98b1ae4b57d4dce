import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { counterIframe } from "@/lib/open-data/oembed";
import { campaignBase, statsPagePath } from "@/lib/campaigns/public-addresses";

/** Copy-paste snippets for partners' sites: the live counter and the static badge of the page's campaign. */
export async function EmbedCode({ origin, locale, campaignSlug }: { origin: URL; locale: Locale; campaignSlug?: string }) {
  const t = await getTranslations("stats.embed");
  const badgePath = `/api/v1${campaignBase(campaignSlug)}/badge.svg`;
  const badge = new URL(`${badgePath}?locale=${locale}`, origin).toString();
  const stats = new URL(statsPagePath(locale, campaignSlug), origin).toString();
  const snippets = [
    ["embed-iframe", t("iframe"), counterIframe(origin, { locale, variant: "compact", campaignSlug }, t("iframeTitle"))],
    ["embed-badge-html", t("badgeHtml"), `<a href="${stats}"><img src="${badge}" alt="${t("badgeAlt")}"></a>`],
    ["embed-badge-markdown", t("badgeMarkdown"), `[![${t("badgeAlt")}](${badge})](${stats})`],
  ] as const;
  return (
    <section aria-labelledby="embed-heading">
      <h2 id="embed-heading" className="text-2xl font-bold">
        {t("heading")}
      </h2>
      <p className="mt-3">{t("body")}</p>
      <div className="mt-4 space-y-4">
        {snippets.map(([id, label, code]) => (
          <div key={id}>
            <label htmlFor={id} className="block font-semibold">
              {label}
            </label>
            <textarea id={id} readOnly rows={3} value={code} className="mt-1 w-full rounded-md border border-slate-400 p-2 font-mono text-sm" />
          </div>
        ))}
      </div>
    </section>
  );
}

import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { listPublicDeliveries } from "@/lib/delivery/list-public-deliveries";
import { DeliveryRecord } from "./delivery-record";

interface DeliveryPageBodyProps {
  locale: Locale;
  campaignId: string;
  /** Another campaign than the default (ADR 0054): its slug and title; its snapshots live under its address. */
  campaign?: { slug: string; title: string };
}

/**
 * When and to whom a campaign's pack went (names and organisations, never addresses), with the
 * snapshot and checkpoint that prove its count (docs/decisions/0050-…): the default campaign's
 * /delivery and another's /campaigns/<slug>/delivery. Server-rendered: no JavaScript needed.
 */
export async function DeliveryPageBody({ locale, campaignId, campaign }: DeliveryPageBodyProps) {
  const t = await getTranslations("delivery");
  const deliveries = await listPublicDeliveries(campaignId);
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-10">
      <h1 className="text-3xl font-bold sm:text-4xl">{t("heading")}</h1>
      {campaign && <p className="mt-2 text-lg font-semibold">{campaign.title}</p>}
      <p className="mt-4">{t("intro")}</p>
      {deliveries.length === 0 ? (
        <p className="mt-6 rounded-md border-l-4 border-slate-500 bg-slate-50 p-3 font-semibold" data-testid="delivery-status">
          {t("notYet")}
        </p>
      ) : (
        deliveries.map((delivery) => <DeliveryRecord key={delivery.id} delivery={delivery} locale={locale} campaignSlug={campaign?.slug} />)
      )}
      <p className="mt-10">
        {/* How the count is made is the same for every campaign of the site. */}
        <a href={`/${locale}/stats/methodology`} className="font-semibold text-blue-900 underline">
          {t("methodologyLink")}
        </a>
      </p>
    </main>
  );
}

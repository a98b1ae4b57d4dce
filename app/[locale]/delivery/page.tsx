import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { DeliveryRecord } from "@/components/delivery/delivery-record";
import { getCurrentCampaign } from "@/lib/campaigns/get-current-campaign";
import { listPublicDeliveries } from "@/lib/delivery/list-public-deliveries";
import { pageLocale } from "@/lib/i18n/page-locale";
import { isLocale } from "@/lib/i18n/routing";
import { socialMetadata } from "@/lib/seo/page-metadata";

export async function generateMetadata({ params }: PageProps<"/[locale]/delivery">): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: "delivery" });
  return { title: t("title"), ...(await socialMetadata(locale, { title: t("title"), description: t("description"), path: "/delivery" })) };
}

// When and to whom the pack went (names and organisations, never addresses), with the snapshot and
// checkpoint that prove its count (docs/decisions/0050-…). Server-rendered: no JavaScript needed.
export default async function DeliveryPage({ params }: PageProps<"/[locale]/delivery">) {
  const locale = await pageLocale(params);
  const t = await getTranslations("delivery");
  const deliveries = await listPublicDeliveries((await getCurrentCampaign()).id);
  return (
    <>
      <SiteHeader locale={locale} path="/delivery" />
      <main id="main" className="mx-auto max-w-3xl px-4 py-10">
        <h1 className="text-3xl font-bold sm:text-4xl">{t("heading")}</h1>
        <p className="mt-4">{t("intro")}</p>
        {deliveries.length === 0 ? (
          <p className="mt-6 rounded-md border-l-4 border-slate-500 bg-slate-50 p-3 font-semibold" data-testid="delivery-status">
            {t("notYet")}
          </p>
        ) : (
          deliveries.map((delivery) => <DeliveryRecord key={delivery.id} delivery={delivery} locale={locale} />)
        )}
        <p className="mt-10">
          <a href={`/${locale}/stats/methodology`} className="font-semibold text-blue-900 underline">
            {t("methodologyLink")}
          </a>
        </p>
      </main>
      <SiteFooter />
    </>
  );
}

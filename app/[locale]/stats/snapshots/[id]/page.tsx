import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { SnapshotPageBody } from "@/components/stats/snapshot-page-body";
import { getCurrentCampaign } from "@/lib/campaigns/get-current-campaign";
import { pageLocale } from "@/lib/i18n/page-locale";
import { isLocale } from "@/lib/i18n/routing";

export async function generateMetadata({ params }: PageProps<"/[locale]/stats/snapshots/[id]">): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: "stats.snapshot.meta" });
  return { title: t("title"), description: t("description") };
}

// A citation's permalink for the default campaign (components/stats/snapshot-page-body.tsx).
export default async function SnapshotPage({ params }: PageProps<"/[locale]/stats/snapshots/[id]">) {
  const locale = await pageLocale(params);
  await connection();
  const { id } = await params;
  return (
    <>
      <SiteHeader locale={locale} path={`/stats/snapshots/${id}`} />
      <SnapshotPageBody id={id} locale={locale} campaignId={(await getCurrentCampaign()).id} />
      <SiteFooter />
    </>
  );
}

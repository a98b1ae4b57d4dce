import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { MessagesWallBody } from "@/components/messages/messages-wall-body";
import { getCurrentCampaign } from "@/lib/campaigns/get-current-campaign";
import { pageLocale } from "@/lib/i18n/page-locale";
import { isLocale } from "@/lib/i18n/routing";
import { socialMetadata } from "@/lib/seo/page-metadata";

export async function generateMetadata({ params }: PageProps<"/[locale]/messages">): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: "messageWall.meta" });
  return socialMetadata(locale, { title: t("title"), description: t("description"), path: "/messages" });
}

// The default campaign's wall; the body is shared with other campaigns' (components/messages/messages-wall-body.tsx).
export default async function MessagesPage({ params, searchParams }: PageProps<"/[locale]/messages">) {
  const locale = await pageLocale(params);
  await connection(); // approvals show at once: render per request
  const campaign = await getCurrentCampaign();
  return (
    <>
      <SiteHeader locale={locale} path="/messages" />
      <MessagesWallBody locale={locale} campaign={campaign} page={(await searchParams).page} />
      <SiteFooter />
    </>
  );
}

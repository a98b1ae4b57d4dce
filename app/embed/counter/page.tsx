import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { findPublicCampaign } from "@/lib/campaigns/find-public-campaign";
import { NextIntlClientProvider } from "next-intl";
import { LiveCounter } from "@/components/embed/live-counter";
import { loadMessages } from "@/lib/i18n/load-messages";
import { isLocale, routing } from "@/lib/i18n/routing";
import { embedTranslator } from "@/lib/open-data/embed-translator";
import { loadPublicStats } from "@/lib/open-data/load-stats";
import { isCounterVariant } from "@/lib/open-data/oembed";
import { siteOrigin } from "@/lib/seo/page-metadata";

async function embedLocale(searchParams: Promise<Record<string, string | string[] | undefined>>) {
  const { locale, variant } = await searchParams;
  return { locale: isLocale(locale) ? locale : routing.defaultLocale, variant: isCounterVariant(variant) ? variant : "compact" };
}

export async function generateMetadata({ searchParams }: PageProps<"/embed/counter">): Promise<Metadata> {
  const { locale } = await embedLocale(searchParams);
  return { title: (await embedTranslator(locale))("pageTitle") };
}

// The live counter for partners' sites: /embed/counter?locale=en|be|ru&variant=compact|large, and
// &campaign=<slug> for another public campaign than the default (ADR 0054; unknown or draft: 404).
export default async function EmbedCounterPage({ searchParams }: PageProps<"/embed/counter">) {
  await connection();
  const { locale, variant } = await embedLocale(searchParams);
  const slug = (await searchParams).campaign;
  const campaign = typeof slug === "string" ? await findPublicCampaign(slug) : undefined;
  if (campaign === null || Array.isArray(slug)) notFound();
  const [{ stats }, messages, t] = await Promise.all([loadPublicStats(campaign?.slug), loadMessages(locale), embedTranslator(locale)]);
  const signPath = campaign ? `/${locale}/campaigns/${campaign.slug}` : `/${locale}`;
  return (
    <main lang={locale} className="flex min-h-dvh flex-col p-1">
      {/* For screen-reader users inside the partner's page: what this frame is. */}
      <h1 className="sr-only">{t("pageTitle")}</h1>
      <NextIntlClientProvider locale={locale} messages={{ embed: messages.embed }} timeZone="UTC">
        <LiveCounter initial={stats.confirmed} goal={stats.goal} variant={variant} signUrl={new URL(signPath, await siteOrigin()).toString()} campaignSlug={campaign?.slug} />
      </NextIntlClientProvider>
    </main>
  );
}

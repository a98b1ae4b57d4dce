import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { MessageList } from "@/components/messages/message-list";
import { MessagePages } from "@/components/messages/message-pages";
import { getCurrentCampaign } from "@/lib/campaigns/get-current-campaign";
import { pageLocale } from "@/lib/i18n/page-locale";
import { isLocale } from "@/lib/i18n/routing";
import { publicMessagesPage } from "@/lib/moderation/public-messages-page";
import { socialMetadata } from "@/lib/seo/page-metadata";

export async function generateMetadata({ params }: PageProps<"/[locale]/messages">): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: "messageWall.meta" });
  return socialMetadata(locale, { title: t("title"), description: t("description"), path: "/messages" });
}

// The whole wall, server-rendered page by page (plain links: no JavaScript needed).
export default async function MessagesPage({ params, searchParams }: PageProps<"/[locale]/messages">) {
  const locale = await pageLocale(params);
  await connection(); // approvals show at once: render per request
  const t = await getTranslations("messageWall");
  const campaign = await getCurrentCampaign();
  const { messages, page, pageCount } = await publicMessagesPage(campaign, (await searchParams).page);

  return (
    <>
      <SiteHeader locale={locale} path="/messages" />
      <main id="main" className="mx-auto max-w-5xl px-4 py-8">
        <h1 className="text-3xl font-bold sm:text-4xl">{t("heading")}</h1>
        <p className="mt-3 max-w-3xl text-lg">{t("intro")}</p>
        <p className="mt-2 max-w-3xl text-slate-700">{t("privacyNote")}</p>
        {messages.length === 0 ? <p className="mt-6">{t("empty")}</p> : <MessageList locale={locale} messages={messages} />}
        <MessagePages locale={locale} page={page} pageCount={pageCount} />
      </main>
      <SiteFooter />
    </>
  );
}

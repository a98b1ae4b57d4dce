import { getTranslations } from "next-intl/server";
import type { PublicCampaign } from "@/lib/campaigns/get-current-campaign";
import type { Locale } from "@/lib/i18n/routing";
import { publicMessagesPage } from "@/lib/moderation/public-messages-page";
import { MessageList } from "./message-list";
import { MessagePages } from "./message-pages";

/**
 * The whole wall of one campaign, server-rendered page by page (plain links: no JavaScript
 * needed): /messages for the default campaign, /campaigns/<slug>/messages for another (`base`).
 */
export async function MessagesWallBody({ locale, campaign, page, base = "" }: { locale: Locale; campaign: PublicCampaign; page: string | string[] | undefined; base?: string }) {
  const t = await getTranslations("messageWall");
  const { messages, page: current, pageCount } = await publicMessagesPage(campaign, page);
  return (
    <main id="main" className="mx-auto max-w-5xl px-4 py-8">
      <h1 className="text-3xl font-bold sm:text-4xl">{t("heading")}</h1>
      {base && <p className="mt-2 text-lg font-semibold">{campaign.title}</p>}
      <p className="mt-3 max-w-3xl text-lg">{t("intro")}</p>
      <p className="mt-2 max-w-3xl text-slate-700">{t("privacyNote")}</p>
      {messages.length === 0 ? <p className="mt-6">{t("empty")}</p> : <MessageList locale={locale} messages={messages} />}
      <MessagePages locale={locale} page={current} pageCount={pageCount} base={base} />
    </main>
  );
}

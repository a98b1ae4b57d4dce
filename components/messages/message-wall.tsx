import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import type { PublicMessage } from "@/lib/moderation/list-public-messages";
import { MessageList } from "./message-list";

/** The home page's few newest (featured first) messages, with a link to the whole wall. */
export async function MessageWall({ locale, messages, base = "" }: { locale: Locale; messages: PublicMessage[]; /** "/campaigns/<slug>" for a campaign other than the default. */ base?: string }) {
  const t = await getTranslations("home.messages");
  const tWall = await getTranslations("messageWall");
  return (
    <section aria-labelledby="messages-heading">
      <h2 id="messages-heading" className="text-2xl font-bold">
        {t("heading")}
      </h2>
      {messages.length === 0 ? <p className="mt-3 text-slate-700">{t("empty")}</p> : <MessageList locale={locale} messages={messages} />}
      {messages.length > 0 && (
        <p className="mt-4">
          <a href={`/${locale}${base}/messages`} className="font-semibold underline underline-offset-4">
            {tWall("allLink")}
          </a>
        </p>
      )}
    </section>
  );
}

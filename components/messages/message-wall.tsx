import { getFormatter, getTranslations } from "next-intl/server";
import { countryName } from "@/lib/geo/country-names";
import type { Locale } from "@/lib/i18n/routing";
import type { PublicMessage } from "@/lib/moderation/list-public-messages";
import { isolateText } from "@/lib/security/isolate-text";

/** Approved messages as quotations. Text is supporters' own: rendered as plain text, never HTML. */
export async function MessageWall({ locale, messages }: { locale: Locale; messages: PublicMessage[] }) {
  const t = await getTranslations("home.messages");
  const format = await getFormatter();
  return (
    <section aria-labelledby="messages-heading">
      <h2 id="messages-heading" className="text-2xl font-bold">
        {t("heading")}
      </h2>
      {messages.length === 0 ? (
        <p className="mt-3 text-slate-700">{t("empty")}</p>
      ) : (
        <ul className="mt-4 grid gap-4 sm:grid-cols-2">
          {messages.map((message) => (
            <li key={message.id}>
              <figure className="h-full rounded-lg bg-white p-4 ring-1 ring-slate-200">
                <blockquote dir="auto" className="whitespace-pre-line break-words">{message.text}</blockquote>
                <figcaption className="mt-3 text-sm text-slate-700">
                  {t("from", { name: message.displayName ? isolateText(message.displayName) : t("anonymous"), country: countryName(message.country, locale) })}
                  {" · "}
                  <time dateTime={message.at.toISOString()}>{format.dateTime(message.at, { dateStyle: "medium" })}</time>
                </figcaption>
              </figure>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

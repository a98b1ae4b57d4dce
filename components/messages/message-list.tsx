import { getFormatter, getTranslations } from "next-intl/server";
import { countryName } from "@/lib/geo/country-names";
import type { Locale } from "@/lib/i18n/routing";
import type { PublicMessage } from "@/lib/moderation/list-public-messages";
import { isolateText } from "@/lib/security/isolate-text";

/** Approved messages as quotations. Text is supporters' own: rendered as plain text, never HTML. */
export async function MessageList({ locale, messages }: { locale: Locale; messages: PublicMessage[] }) {
  const t = await getTranslations("home.messages");
  const tWall = await getTranslations("messageWall");
  const format = await getFormatter();
  return (
    <ul className="mt-4 grid gap-4 sm:grid-cols-2">
      {messages.map((message) => (
        <li key={message.id}>
          <figure className={`h-full rounded-lg bg-white p-4 ring-1 ${message.featured ? "ring-2 ring-blue-800" : "ring-slate-200"}`}>
            {message.featured && <p className="mb-2 text-sm font-semibold text-blue-900">{tWall("featured")}</p>}
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
  );
}

import { getTranslations } from "next-intl/server";
import { countryName } from "@/lib/geo/country-names";
import type { Locale } from "@/lib/i18n/routing";
import type { PublicMessage } from "@/lib/moderation/list-public-messages";
import { isolateText } from "@/lib/security/isolate-text";

/** Approved messages, large enough to read from the back of a hall. Plain text, never HTML. */
export async function EventMessages({ locale, messages }: { locale: Locale; messages: PublicMessage[] }) {
  const t = await getTranslations("map.event");
  return (
    <section aria-labelledby="event-messages-heading" className="min-h-0 overflow-hidden">
      <h2 id="event-messages-heading" className="text-xl font-bold text-slate-300">
        {t("messages")}
      </h2>
      {messages.length === 0 ? (
        <p className="mt-3 text-lg text-slate-300">{t("noMessages")}</p>
      ) : (
        <ul className="mt-4 space-y-5">
          {messages.map((message) => (
            <li key={message.id}>
              <figure>
                <blockquote dir="auto" className="line-clamp-4 text-xl leading-snug break-words">{message.text}</blockquote>
                <figcaption className="mt-1 text-base text-slate-300">
                  {t("from", { name: message.displayName ? isolateText(message.displayName) : t("anonymous"), country: countryName(message.country, locale) })}
                </figcaption>
              </figure>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

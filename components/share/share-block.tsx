import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { CopyLinkField } from "./copy-link-field";
import { NativeShareButton } from "./native-share-button";
import { ShareTargetIcon } from "./share-icons";
import { shareLinks, type ShareContent } from "./share-links";

// "Share the campaign": plain links that work without JavaScript, the page address to copy, and
// the system share sheet where there is one. Nothing here loads anything from another site; the
// services are contacted only when a person follows one of the links.

type ShareBlockProps = ShareContent & {
  locale: Locale;
  /** Deeper where the block sits under another section's heading (the next steps after signing). */
  headingLevel?: 2 | 3 | 4;
  /** Distinct ids when a page holds two blocks. */
  idPrefix?: string;
};

export async function ShareBlock({ locale, url, title, text, headingLevel = 2, idPrefix = "" }: ShareBlockProps) {
  const t = await getTranslations({ locale, namespace: "share" });
  const Heading = (["h2", "h3", "h4"] as const)[headingLevel - 2] ?? "h2";
  const headingId = `${idPrefix}share-heading`;
  const Wrapper = headingLevel === 2 ? "section" : "div";
  return (
    // A nested block (headingLevel > 2) is part of its section, not a landmark of its own: two
    // "Share the campaign" regions on one page would be indistinguishable.
    <Wrapper aria-labelledby={headingLevel === 2 ? headingId : undefined} className="space-y-4 rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
      <Heading id={headingId} className={headingLevel === 2 ? "text-2xl font-bold" : "text-xl font-bold"}>
        {t("heading")}
      </Heading>
      <p>{t("intro")}</p>
      <NativeShareButton url={url} title={title} text={text} />
      {/* As many columns as fit the block, wherever the page places it; one on a phone. */}
      <ul className="grid grid-cols-[repeat(auto-fill,minmax(min(15rem,100%),1fr))] gap-2">
        {shareLinks({ url, title, text }).map(({ target, href }) => (
          <li key={target}>
            <a
              href={href}
              rel="noopener noreferrer"
              className="flex min-h-11 items-center gap-3 rounded-md border-2 border-slate-300 px-4 py-2 font-semibold text-blue-900 hover:border-blue-800 hover:bg-blue-50"
            >
              <ShareTargetIcon target={target} />
              {t(target)}
            </a>
          </li>
        ))}
      </ul>
      <CopyLinkField url={url} />
      <p className="text-sm text-slate-700">{t("safety")}</p>
    </Wrapper>
  );
}

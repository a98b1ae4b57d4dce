import { getTranslations } from "next-intl/server";
import { ShareBlock } from "@/components/share/share-block";
import type { Locale } from "@/lib/i18n/routing";
import { siteOrigin } from "@/lib/seo/page-metadata";

// What a supporter can do once they have signed ("check your email") or confirmed: share the
// campaign with its prepared text, see the map, read others' messages. Without it both pages
// were dead ends, the moment people are most willing to do one more thing (issue #15).
// A server component: the pledge form (a client component) receives it as a prop.

interface NextStepsProps {
  locale: Locale;
  /** Right after the form ("check your email"), or on the confirmed page. */
  moment: "signed" | "confirmed";
  headingLevel: 2 | 3;
  /** Another campaign than the default (ADR 0054): its pages and title. */
  campaign?: { slug: string; title: string };
}

export async function NextSteps({ locale, moment, headingLevel, campaign }: NextStepsProps) {
  const t = await getTranslations({ locale, namespace: "nextSteps" });
  const tMeta = await getTranslations({ locale, namespace: "meta" });
  const tShare = await getTranslations({ locale, namespace: "share" });
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const base = campaign ? `/${locale}/campaigns/${campaign.slug}` : `/${locale}`;
  const links = [
    { href: `${base}/map`, label: t("map"), hint: t("mapHint") },
    { href: `${base}/messages`, label: t("messages"), hint: t("messagesHint") },
  ];
  return (
    <section aria-labelledby="next-steps-heading" className="mt-6 space-y-4" data-testid="next-steps">
      <Heading id="next-steps-heading" className="text-xl font-bold">
        {t("heading")}
      </Heading>
      <p>{moment === "signed" ? t("introSigned") : t("introConfirmed")}</p>
      <ul className="space-y-3">
        {links.map(({ href, label, hint }) => (
          <li key={href}>
            <a href={href} className="font-semibold text-blue-900 underline underline-offset-4">
              {label}
            </a>
            <p className="text-sm text-slate-700">{hint}</p>
          </li>
        ))}
      </ul>
      <ShareBlock
        locale={locale}
        url={new URL(base, await siteOrigin()).href}
        title={campaign?.title ?? tMeta("title")}
        text={tShare("message")}
        headingLevel={headingLevel === 2 ? 3 : 4}
        idPrefix="next-steps-"
      />
    </section>
  );
}

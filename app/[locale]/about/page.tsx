import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { SimplePage } from "@/components/layout/simple-page";
import { organisation } from "@/lib/content/organisation";
import { pageLocale } from "@/lib/i18n/page-locale";
import { isLocale } from "@/lib/i18n/routing";
import { socialMetadata } from "@/lib/seo/page-metadata";

export async function generateMetadata({ params }: PageProps<"/[locale]/about">): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: "about.meta" });
  return socialMetadata(locale, { title: t("title"), description: t("description"), path: "/about" });
}

// Who runs the campaign and how to reach them (ORGANISATION_NAME / ORGANISATION_CONTACT), and
// where the story comes from: what a careful visitor checks before giving a name and an email.
export default async function AboutPage({ params }: PageProps<"/[locale]/about">) {
  const locale = await pageLocale(params);
  await connection(); // the organisation comes from the environment at run time, not build time
  const t = await getTranslations("about");
  const tPrivacy = await getTranslations("privacy");
  const { name, contact } = organisation();
  const mail = (
    <a href={`mailto:${contact}`} className="font-semibold underline">
      {contact}
    </a>
  );
  return (
    <SimplePage locale={locale} path="/about" title={t("title")}>
      <p>{t("runBy", { organisation: name ?? tPrivacy("defaultOrganisation") })}</p>
      <section aria-labelledby="about-contact" id="contact">
        <h2 id="about-contact" className="text-2xl font-bold">
          {t("contactHeading")}
        </h2>
        <p className="mt-2">{t.rich("contact", { contact: () => mail })}</p>
      </section>
      <section aria-labelledby="about-story">
        <h2 id="about-story" className="text-2xl font-bold">
          {t("storyHeading")}
        </h2>
        <p className="mt-2">{t("story")}</p>
      </section>
      <section aria-labelledby="about-privacy">
        <h2 id="about-privacy" className="text-2xl font-bold">
          {t("privacyHeading")}
        </h2>
        <p className="mt-2">
          {t("privacy")}{" "}
          <a href={`/${locale}/privacy`} className="underline">
            {t("privacyLink")}
          </a>
        </p>
      </section>
    </SimplePage>
  );
}

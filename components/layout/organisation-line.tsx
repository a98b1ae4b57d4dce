import { getTranslations } from "next-intl/server";
import { organisation } from "@/lib/content/organisation";
import type { Locale } from "@/lib/i18n/routing";

/**
 * Who stands behind the campaign, with the way to reach them: people sign more readily, and more
 * safely, when they can see who asks (ORGANISATION_NAME, read at request time).
 */
export async function OrganisationLine({ locale, className }: { locale: Locale; className?: string }) {
  const t = await getTranslations({ locale, namespace: "organisation" });
  const tPrivacy = await getTranslations({ locale, namespace: "privacy" });
  const name = organisation().name ?? tPrivacy("defaultOrganisation");
  return (
    <p className={className}>
      {t("organisedBy", { organisation: name })} ·{" "}
      <a href={`/${locale}/about`} className="font-semibold text-slate-900 underline">
        {t("aboutLink")}
      </a>
    </p>
  );
}

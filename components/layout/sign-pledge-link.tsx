import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";

/** The way to the form from any page: the campaign's home page's pledge section (#pledge); `base` as in SiteHeader. */
export async function SignPledgeLink({ locale, base = "", className = "button-primary" }: { locale: Locale; base?: string; className?: string }) {
  const t = await getTranslations({ locale, namespace: "signCta" });
  return (
    <a href={`/${locale}${base}#pledge`} className={className} data-testid="sign-pledge-link">
      {t("label")}
    </a>
  );
}

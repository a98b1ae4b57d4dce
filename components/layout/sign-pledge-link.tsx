import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";

/** The way to the form from any page: the home page's pledge section (#pledge). */
export async function SignPledgeLink({ locale, className = "button-primary" }: { locale: Locale; className?: string }) {
  const t = await getTranslations({ locale, namespace: "signCta" });
  return (
    <a href={`/${locale}#pledge`} className={className} data-testid="sign-pledge-link">
      {t("label")}
    </a>
  );
}

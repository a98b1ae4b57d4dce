import { useTranslations } from "next-intl";
import { HONEYPOT_FIELD } from "@/lib/abuse/honeypot";

/** Invisible to people (off-screen) and to assistive technology (aria-hidden, not focusable). */
export function HoneypotField() {
  const t = useTranslations("pledgeForm");
  return (
    <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
      <label htmlFor="pledge-website">{t("honeypot")}</label>
      <input id="pledge-website" name={HONEYPOT_FIELD} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
    </div>
  );
}

"use client";

import { useTranslations } from "next-intl";

/**
 * Supporters in sensitive countries are anonymous unless they tick this. Without JavaScript it is
 * always shown (the server ignores it for other countries); with JavaScript only when it applies.
 */
export function SensitiveCountryOptIn(props: { visible: boolean; countryNames: string; defaultChecked: boolean }) {
  const t = useTranslations("pledgeForm");
  return (
    <div className="rounded-md border border-amber-700 bg-amber-50 p-4" hidden={!props.visible}>
      <p id="pledge-sensitive-note" className="text-sm">
        {t("sensitiveNote", { countries: props.countryNames })}
      </p>
      <div className="mt-2 flex items-start gap-3">
        <input
          id="pledge-publicInSensitiveCountry"
          name="publicInSensitiveCountry"
          type="checkbox"
          defaultChecked={props.defaultChecked}
          aria-describedby="pledge-sensitive-note"
          className="mt-1 size-5 shrink-0 accent-blue-800"
        />
        <label htmlFor="pledge-publicInSensitiveCountry">{t("sensitiveOptIn")}</label>
      </div>
    </div>
  );
}

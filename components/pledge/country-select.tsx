"use client";

import { useTranslations } from "next-intl";
import { useHydrated } from "@/components/ui/use-hydrated";
import type { CountryOption } from "@/lib/geo/country-option";
import { CountryCombobox } from "./country-combobox";
import { FieldError, describedBy } from "./field-error";

/**
 * One control for the country: a native select from the server (works without JavaScript, with
 * the browser's own type-ahead), which becomes a combobox that finds a country by any of its
 * names ("Holland", "Белоруссия") once JavaScript runs. Both post the ISO code as "country".
 */
export function CountrySelect(props: {
  countries: CountryOption[];
  selected: string;
  errors: string[] | undefined;
  onChange: (code: string) => void;
}) {
  const t = useTranslations("pledgeForm.country");
  const hydrated = useHydrated();
  const hasError = Boolean(props.errors?.length);
  const described = describedBy(hydrated ? "pledge-country-hint" : null, "pledge-country-error", hasError);

  return (
    <div>
      <label htmlFor="pledge-country" className="block font-semibold">
        {t("label")}
      </label>
      {hydrated ? (
        <>
          <p id="pledge-country-hint" className="text-sm text-slate-700">
            {t("search.hint")}
          </p>
          <CountryCombobox countries={props.countries} selected={props.selected} invalid={hasError} describedBy={described} onChange={props.onChange} />
        </>
      ) : (
        <select
          id="pledge-country"
          name="country"
          required
          value={props.selected}
          onChange={(event) => props.onChange(event.target.value)}
          aria-invalid={hasError || undefined}
          aria-describedby={described}
          className="field mt-1"
        >
          <option value="">{t("placeholder")}</option>
          {props.countries.map((country) => (
            <option key={country.code} value={country.code}>
              {country.name}
            </option>
          ))}
        </select>
      )}
      <FieldError id="pledge-country-error" keys={props.errors} />
    </div>
  );
}

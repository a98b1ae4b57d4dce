"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { useHydrated } from "@/components/ui/use-hydrated";
import { FieldError, describedBy } from "./field-error";
import type { CountryOption } from "./pledge-form-fields";

/**
 * A native select (keyboard type-ahead, works without JavaScript) with, once JavaScript runs, a
 * search box that narrows its options: finding one country among 250 on a phone is slow otherwise.
 */
export function CountrySelect(props: {
  countries: CountryOption[];
  selected: string;
  errors: string[] | undefined;
  onChange: (code: string) => void;
}) {
  const t = useTranslations("pledgeForm.country");
  const hydrated = useHydrated();
  const [query, setQuery] = useState("");
  const needle = searchKey(query);
  const visible = needle
    ? props.countries.filter((country) => country.code === props.selected || searchKey(country.name).includes(needle) || country.code.toLowerCase() === needle)
    : props.countries;
  const hasError = Boolean(props.errors?.length);

  return (
    <div>
      <label htmlFor="pledge-country" className="block font-semibold">
        {t("label")} *
      </label>
      {hydrated && (
        <div className="mt-1">
          <label htmlFor="pledge-country-search" className="sr-only">
            {t("search.label")}
          </label>
          <input
            id="pledge-country-search"
            type="search"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            placeholder={t("search.label")}
            aria-controls="pledge-country"
            aria-describedby="pledge-country-matches"
            autoComplete="off"
            className="field"
          />
          <p id="pledge-country-matches" className="sr-only" aria-live="polite">
            {needle ? t("search.matches", { count: visible.length }) : ""}
          </p>
        </div>
      )}
      <select
        id="pledge-country"
        name="country"
        required
        // Controlled from the first render: without JavaScript the browser still lets people choose.
        value={props.selected}
        onChange={(event) => props.onChange(event.target.value)}
        aria-invalid={hasError || undefined}
        aria-describedby={describedBy(null, "pledge-country-error", hasError)}
        className="field mt-1"
      >
        <option value="">{t("placeholder")}</option>
        {visible.map((country) => (
          <option key={country.code} value={country.code}>
            {country.name}
          </option>
        ))}
      </select>
      <FieldError id="pledge-country-error" keys={props.errors} />
    </div>
  );
}

function searchKey(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().trim();
}

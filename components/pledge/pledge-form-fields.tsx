"use client";

import { useTranslations } from "next-intl";
import { displayModes, NAME_MAX } from "@/lib/pledges/pledge-limits";
import type { CountryOption } from "@/lib/geo/country-option";
import type { PledgeField } from "@/lib/pledges/schema";
import { CountrySelect } from "./country-select";
import { EmailField } from "./email-field";
import { FieldError, describedBy } from "./field-error";

type Errors = Partial<Record<PledgeField, string[]>>;
type Values = Partial<Record<PledgeField, string>>;

/** Name, email, country and display choice: the identity part of the pledge form. */
export function PledgeFormFields(props: {
  countries: CountryOption[];
  values: Values;
  errors: Errors;
  selectedCountry: string;
  onCountryChange: (code: string) => void;
}) {
  const { countries, values, errors } = props;
  const t = useTranslations("pledgeForm");
  const displayMode = values.displayMode ?? "ANONYMOUS";
  return (
    <>
      <TextField field="name" type="text" autoComplete="name" maxLength={NAME_MAX} label={t("name.label")} hint={t("name.hint")} values={values} errors={errors} />
      <EmailField defaultValue={values.email ?? ""} errors={errors.email} />
      <CountrySelect countries={countries} selected={props.selectedCountry} errors={errors.country} onChange={props.onCountryChange} />
      <fieldset>
        <legend className="font-semibold">{t("displayMode.legend")}</legend>
        <div className="mt-2 flex flex-wrap gap-x-6 gap-y-2">
          {displayModes.map((mode) => (
            <label key={mode} className="flex items-center gap-2">
              <input type="radio" id={mode === displayModes[0] ? "pledge-displayMode" : undefined} name="displayMode" value={mode} defaultChecked={mode === displayMode} className="size-5 accent-blue-800" />
              {t(`displayMode.${mode}`)}
            </label>
          ))}
        </div>
        <FieldError id="pledge-displayMode-error" keys={errors.displayMode} />
      </fieldset>
    </>
  );
}

function TextField(props: {
  field: "name" | "email";
  type: "text" | "email";
  autoComplete: string;
  maxLength: number;
  label: string;
  hint: string;
  values: Values;
  errors: Errors;
}) {
  const id = `pledge-${props.field}`;
  const hasError = Boolean(props.errors[props.field]?.length);
  return (
    <div>
      <label htmlFor={id} className="block font-semibold">
        {props.label}
      </label>
      <p id={`${id}-hint`} className="text-sm text-slate-700">
        {props.hint}
      </p>
      <input
        id={id}
        name={props.field}
        type={props.type}
        required
        autoComplete={props.autoComplete}
        maxLength={props.maxLength}
        defaultValue={props.values[props.field] ?? ""}
        aria-invalid={hasError || undefined}
        aria-describedby={describedBy(`${id}-hint`, `${id}-error`, hasError)}
        className="field mt-1"
      />
      <FieldError id={`${id}-error`} keys={props.errors[props.field]} />
    </div>
  );
}

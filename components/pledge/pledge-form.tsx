"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef, useState, useTransition, type FormEvent, type ReactNode } from "react";
import { fieldErrorsOf } from "@/lib/actions/field-errors";
import { initialFormState, type FormState, type FormStateAction } from "@/lib/actions/form-state";
import type * as PledgeSchema from "@/lib/pledges/schema";
import type { PledgeField } from "@/lib/pledges/schema";
import { CityField } from "./city-field";
import { ErrorSummary, fieldId, pledgeFieldOrder } from "./error-summary";
import { FieldError, describedBy } from "./field-error";
import { useHydrated } from "@/components/ui/use-hydrated";
import { HoneypotField } from "./honeypot-field";
import { MessageField } from "./message-field";
import type { CountryOption } from "@/lib/geo/country-option";
import { PledgeFormFields } from "./pledge-form-fields";
import { proofOfWorkOrTimeout } from "./load-altcha";
import { postPledge } from "./post-pledge";
import { hasProofOfWork, ProofOfWorkField, useWidgetStrings } from "./proof-of-work-field";
import type { AltchaWidgetElement } from "altcha/types/generic";
import { SensitiveCountryOptIn } from "./sensitive-country-opt-in";

// The form posts to a server action, so it works without JavaScript (the server renders the
// page again with errors). With JavaScript the same zod schema runs here first: errors appear
// inline without a round trip, focus moves to the first one and the summary is announced; a
// valid pledge then goes to POST /api/pledges, which runs the same action at a fraction of the
// server-action protocol's cost (docs/decisions/0028-pledges-with-javascript-post-to-a-route.md).
// The schema (and zod, a tenth of the page's JavaScript) is downloaded when the supporter first
// enters the form, not with the page: most visitors read and never sign.

type PledgeSchemaModule = typeof PledgeSchema;
let schemaModule: PledgeSchemaModule | undefined;
let schemaLoading: Promise<PledgeSchemaModule> | undefined;

function loadPledgeSchema(): Promise<PledgeSchemaModule> {
  if (!schemaLoading) {
    schemaLoading = import("@/lib/pledges/schema").then((loaded) => (schemaModule = loaded));
    // A failed download (offline for a moment) is tried again at the next focus or press.
    schemaLoading.catch(() => (schemaLoading = undefined));
  }
  return schemaLoading;
}

interface PledgeFormProps {
  locale: string;
  countries: CountryOption[];
  /** ISO codes whose supporters stay anonymous unless they opt in (campaign setting). */
  sensitiveCountries: string[];
  /** Shown under "check your email": rendered by the page, so it can be a server component. */
  nextSteps?: ReactNode;
  /** The server action the form posts to without JavaScript, handed down by the page (components never import app/). */
  action: FormStateAction<PledgeField>;
  /** The campaign signed, when it is not the site's default one (ADR 0054); sent with the form. */
  campaignSlug?: string;
}

export function PledgeForm({ locale, countries, sensitiveCountries, nextSteps, action, campaignSlug }: PledgeFormProps) {
  const t = useTranslations("pledgeForm");
  const widgetRef = useRef<AltchaWidgetElement | null>(null);
  const widgetStrings = useWidgetStrings();
  const [actionState, formAction, actionPending] = useActionState(action, initialFormState<PledgeField>());
  // The route's answer, once there is one: it is newer than anything the action path produced.
  const [postedState, setPostedState] = useState<FormState<PledgeField> | null>(null);
  const [posting, startPosting] = useTransition();
  const serverState = postedState ?? actionState;
  const pending = actionPending || posting;
  const [clientErrors, setClientErrors] = useState<FormState<PledgeField>["fieldErrors"] | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const successRef = useRef<HTMLDivElement>(null);
  const fieldErrors = clientErrors ?? serverState.fieldErrors;
  const hydrated = useHydrated();
  const [chosenCountry, setCountry] = useState<string | null>(null);
  const country = chosenCountry ?? serverState.values.country ?? "";
  const sensitiveNames = countries.filter((option) => sensitiveCountries.includes(option.code)).map((option) => option.name);

  useEffect(() => {
    if (serverState.status === "done") successRef.current?.focus();
    else if (serverState.status === "invalid") focusFirstError(formRef.current, serverState.fieldErrors);
  }, [serverState]);

  function validateBeforeSending(event: FormEvent<HTMLFormElement>) {
    if (!schemaModule) {
      // Pressed before the schema arrived: send once it is here, or — if it cannot be loaded —
      // let the server check the form as it does without JavaScript.
      const form = event.currentTarget;
      if (form.dataset.schemaTried === "true") return;
      event.preventDefault();
      form.dataset.schemaTried = "true";
      void loadPledgeSchema()
        .catch(() => null)
        .finally(() => form.requestSubmit());
      return;
    }
    const data = Object.fromEntries(new FormData(event.currentTarget).entries());
    const parsed = schemaModule.pledgeInputSchema.safeParse(data);
    if (parsed.success) {
      setClientErrors(null);
      if (waitForProofOfWork(event)) return;
      event.preventDefault();
      if (pending) return; // a second press while the first is on its way sends nothing more
      const formData = new FormData(event.currentTarget);
      startPosting(async () => {
        const answer = await postPledge(formData);
        startPosting(() => setPostedState(answer));
      });
      return;
    }
    event.preventDefault();
    const errors = fieldErrorsOf<PledgeField>(parsed.error);
    setClientErrors(errors);
    focusFirstError(event.currentTarget, errors);
  }

  // A supporter quicker than the proof of work (or than the widget's script, which loads on
  // demand, or a submission with no touch of the form before it): hold the submission until the
  // widget is there and has solved, then send it. If it cannot be solved (old browser, error,
  // timeout), the form goes anyway, as without JavaScript.
  // True when the submission is held back (it is sent again by requestSubmit once solved).
  function waitForProofOfWork(event: FormEvent<HTMLFormElement>): boolean {
    const form = event.currentTarget;
    if (!widgetRef.current || hasProofOfWork(form) || form.dataset.powTried === "true") return false;
    event.preventDefault();
    form.dataset.powTried = "true";
    void proofOfWorkOrTimeout(locale, widgetStrings, widgetRef).finally(() => form.requestSubmit());
    return true;
  }

  if (serverState.status === "done") {
    // The next steps sit outside the status region: a screen reader announces the outcome, not
    // every link after it.
    return (
      <>
        <div ref={successRef} tabIndex={-1} role="status" className="rounded-lg border-2 border-emerald-700 bg-emerald-50 p-6">
          <h3 className="text-xl font-bold">{t("successTitle")}</h3>
          <p className="mt-2">{t("successBody")}</p>
        </div>
        {nextSteps}
      </>
    );
  }

  const values = serverState.values;
  return (
    <form ref={formRef} action={formAction} onSubmit={validateBeforeSending} onFocus={() => void loadPledgeSchema().catch(() => null)} noValidate className="space-y-5">
      <input type="hidden" name="locale" value={locale} />
      {campaignSlug && <input type="hidden" name="campaign" value={campaignSlug} />}
      <ErrorSummary fieldErrors={fieldErrors} formError={clientErrors ? null : serverState.formError} />
      <p className="text-sm text-slate-700">{t("requiredNote")}</p>
      <HoneypotField />
      <PledgeFormFields
        countries={countries}
        values={values}
        errors={fieldErrors}
        selectedCountry={country}
        onCountryChange={(code) => {
          setCountry(code);
          // Anonymous is the safe default for sensitive countries; the supporter can still opt in below.
          if (sensitiveCountries.includes(code)) selectAnonymous(formRef.current);
        }}
      />
      <CityField country={country} defaultValue={values.city ?? ""} errors={fieldErrors.city} />
      <SensitiveCountryOptIn
        // Without JavaScript nobody can show it on demand, so it is always there.
        visible={!hydrated || sensitiveCountries.includes(country)}
        countryNames={sensitiveNames.join(", ")}
        defaultChecked={values.publicInSensitiveCountry === "on"}
      />
      <MessageField defaultValue={values.message ?? ""} errors={fieldErrors.message} />
      <div className="space-y-3">
        <Checkbox
          name="consentProcessing"
          required
          label={t.rich("consentProcessing", {
            privacy: (chunks) => (
              <a href={`/${locale}/privacy`} className="underline">
                {chunks}
              </a>
            ),
          })}
          checked={values.consentProcessing === "on"}
          errors={fieldErrors.consentProcessing}
        />
        <Checkbox name="consentUpdates" label={t("consentUpdates")} checked={values.consentUpdates === "on"} errors={undefined} />
      </div>
      <ProofOfWorkField locale={locale} widgetRef={widgetRef} campaignSlug={campaignSlug} />
      <button type="submit" disabled={pending} className="button-primary w-full sm:w-auto">
        {pending ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}

function Checkbox(props: { name: string; label: ReactNode; checked: boolean; required?: boolean; errors: string[] | undefined }) {
  const id = `pledge-${props.name}`;
  const hasError = Boolean(props.errors?.length);
  return (
    <div>
      <div className="flex items-start gap-3">
        <input
          id={id}
          name={props.name}
          type="checkbox"
          defaultChecked={props.checked}
          aria-required={props.required || undefined}
          aria-invalid={hasError || undefined}
          aria-describedby={describedBy(null, `${id}-error`, hasError)}
          className="mt-1 size-5 shrink-0 accent-blue-800"
        />
        <label htmlFor={id}>{props.label}</label>
      </div>
      <FieldError id={`${id}-error`} keys={props.errors} />
    </div>
  );
}

function focusFirstError(form: HTMLFormElement | null, errors: Partial<Record<PledgeField, string[]>>) {
  const first = pledgeFieldOrder.find((field) => errors[field]?.length);
  if (!form || !first) return;
  form.querySelector<HTMLElement>(`#${fieldId(first)}`)?.focus();
}

function selectAnonymous(form: HTMLFormElement | null) {
  const anonymous = form?.querySelector<HTMLInputElement>('input[name="displayMode"][value="ANONYMOUS"]');
  if (anonymous) anonymous.checked = true;
}

"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { useHydrated } from "@/components/ui/use-hydrated";
import { suggestEmail } from "@/lib/pledges/email-typos";
import { EMAIL_MAX } from "@/lib/pledges/pledge-limits";
import { FieldError, describedBy } from "./field-error";

// The email with "Did you mean …@gmail.com?" under it when the domain is a known misspelling
// (lib/pledges/email-typos.ts), as the big petition sites do. Without JavaScript the server's
// answer shows the suggestion; the button that applies it needs JavaScript, so it waits for it.
export function EmailField({ defaultValue, errors }: { defaultValue: string; errors: string[] | undefined }) {
  const t = useTranslations("pledgeForm.email");
  const hydrated = useHydrated();
  const [value, setValue] = useState(defaultValue);
  // Checked when the supporter leaves the field, not on every keystroke ("gmai" is on its way to "gmail").
  const [checked, setChecked] = useState(defaultValue);
  const suggestion = suggestEmail(checked);
  const hasError = Boolean(errors?.length);
  const hints = ["pledge-email-hint", suggestion ? "pledge-email-suggestion" : null].filter(Boolean).join(" ");

  return (
    <div>
      <label htmlFor="pledge-email" className="block font-semibold">
        {t("label")}
      </label>
      <p id="pledge-email-hint" className="text-sm text-slate-700">
        {t("hint")}
      </p>
      <input
        id="pledge-email"
        name="email"
        type="email"
        required
        autoComplete="email"
        spellCheck={false}
        maxLength={EMAIL_MAX}
        value={value}
        onChange={(event) => setValue(event.target.value)}
        onBlur={() => setChecked(value)}
        aria-invalid={hasError || undefined}
        aria-describedby={describedBy(hints, "pledge-email-error", hasError)}
        className="field mt-1"
      />
      <div aria-live="polite">
        {suggestion && (
          <p id="pledge-email-suggestion" className="mt-1 flex flex-wrap items-center gap-x-3 text-sm font-medium">
            {t("suggestion", { email: suggestion })}
            {hydrated && (
              <button
                type="button"
                className="underline"
                onClick={() => {
                  setValue(suggestion);
                  setChecked(suggestion);
                }}
              >
                {t("useSuggestion", { email: suggestion })}
              </button>
            )}
          </p>
        )}
      </div>
      <FieldError id="pledge-email-error" keys={errors} />
    </div>
  );
}

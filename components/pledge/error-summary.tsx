"use client";

import { useTranslations } from "next-intl";
import type { MouseEvent } from "react";
import { limitValues } from "@/lib/pledges/pledge-limits";
import type { PledgeField } from "@/lib/pledges/schema";

/** The pledge form's fields in the order they appear, each with the id of its control. */
export const pledgeFieldOrder: PledgeField[] = ["name", "email", "country", "city", "displayMode", "message", "consentProcessing"];

export function fieldId(field: PledgeField): string {
  return `pledge-${field}`;
}

// The GOV.UK error summary: what went wrong, each error a link to its field, so a supporter who
// lands on the summary (screen readers announce it) can go straight to each field to fix it.
export function ErrorSummary({ fieldErrors, formError }: { fieldErrors: Partial<Record<PledgeField, string[]>>; formError: string | null }) {
  const t = useTranslations("pledgeForm");
  const fields = pledgeFieldOrder.filter((field) => fieldErrors[field]?.length);
  if (fields.length === 0 && !formError) return null;
  return (
    <div role="alert" aria-labelledby="pledge-error-summary" className="rounded-md border-2 border-red-800 bg-red-50 p-4 text-red-900">
      <h3 id="pledge-error-summary" className="font-bold">
        {fields.length > 0 ? t("errorSummary", { count: fields.length }) : t(`errors.${formError}`)}
      </h3>
      {fields.length > 0 && (
        <ul className="mt-2 list-disc space-y-1 pl-5">
          {fields.map((field) => (
            <li key={field}>
              <a href={`#${fieldId(field)}`} onClick={focusField} className="underline">
                {(fieldErrors[field] ?? []).map((key) => t(`errors.${key}`, limitValues)).join(" ")}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

// A fragment link scrolls to a field but does not focus it; typing should go into the field.
function focusField(event: MouseEvent<HTMLAnchorElement>) {
  const target = document.getElementById(event.currentTarget.hash.slice(1));
  if (!target) return;
  event.preventDefault();
  target.focus();
  target.scrollIntoView({ block: "center" });
}

"use client";

import { useActionState } from "react";
import { initialFormState, type FormState } from "@/lib/actions/form-state";

export type CiteAction = (previous: FormState<never>, formData: FormData) => Promise<FormState<never>>;

/**
 * "Cite this": one button that creates a snapshot of the page's campaign and redirects to its
 * permalink. A plain POST without JavaScript; with it, the same action without a full reload.
 */
export function CiteForm({ action, locale, campaignSlug, label, failure }: { action: CiteAction; locale: string; campaignSlug?: string; label: string; failure: string }) {
  const [state, formAction, pending] = useActionState(action, initialFormState<never>());
  return (
    <form action={formAction} className="mt-4 space-y-3">
      <input type="hidden" name="locale" value={locale} />
      {campaignSlug && <input type="hidden" name="campaign" value={campaignSlug} />}
      {state.formError && (
        <p role="alert" className="rounded-md border-2 border-red-800 bg-red-50 p-4 text-red-900">
          {failure}
        </p>
      )}
      <button type="submit" disabled={pending} className="button-primary">
        {label}
      </button>
    </form>
  );
}

"use client";

import { useTranslations } from "next-intl";
import type { FormEvent } from "react";
import { REJECT_NOTE_MAX, REJECT_REASONS } from "@/lib/moderation/moderation-schemas";
import { buttonClass } from "@/components/admin/ui/button-class";

/**
 * Approve or reject every ticked message. The checkboxes sit in the list and join this form
 * through their form="bulk-form" attribute, so it works without JavaScript too. Only messages
 * still waiting are changed; anything someone else decided meanwhile is left alone and counted.
 */
export function BulkBar({ count, returnTo, onSubmit, action }: { count: number; returnTo: string; onSubmit: (event: FormEvent<HTMLFormElement>) => void; action: (formData: FormData) => Promise<void> }) {
  const t = useTranslations("adminModeration");
  return (
    <form id="bulk-form" action={action} onSubmit={onSubmit} aria-labelledby="bulk-heading" className="sticky top-0 z-10 mt-6 rounded-lg bg-slate-100 p-3 ring-1 ring-slate-300">
      <input type="hidden" name="returnTo" value={returnTo} />
      <h2 id="bulk-heading" className="font-semibold">
        {t.rich("bulk.heading", { count, num: (chunks) => <span className="tabular-nums">{chunks}</span> })}
      </h2>
      <div className="mt-2 flex flex-wrap items-end gap-3">
        <button type="submit" name="decision" value="approve" className={buttonClass("primary")}>
          {t("bulk.approve")}
        </button>
        <div>
          <label htmlFor="bulk-reason" className="block text-sm font-semibold">
            {t("bulk.reasonLabel")}
          </label>
          <select id="bulk-reason" name="rejectReason" defaultValue="" className="field mt-1">
            <option value="">{t("bulk.chooseReason")}</option>
            {REJECT_REASONS.map((reason) => (
              <option key={reason} value={reason}>
                {t(`rejectReasons.${reason}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="bulk-note" className="block text-sm font-semibold">
            {t("bulk.noteLabel")}
          </label>
          <input id="bulk-note" name="rejectNote" maxLength={REJECT_NOTE_MAX} className="field mt-1" />
        </div>
        <button type="submit" name="decision" value="reject" className={buttonClass("danger")}>
          {t("bulk.reject")}
        </button>
      </div>
    </form>
  );
}

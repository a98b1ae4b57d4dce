"use client";

import type { FormEvent } from "react";
import { REJECT_NOTE_MAX, REJECT_REASONS, rejectReasonLabels } from "@/lib/moderation/moderation-schemas";
import { buttonClass } from "../../_components/button-class";
import { bulkModerateFromForm } from "../actions";

/**
 * Approve or reject every ticked message. The checkboxes sit in the list and join this form
 * through their form="bulk-form" attribute, so it works without JavaScript too. Only messages
 * still waiting are changed; anything someone else decided meanwhile is left alone and counted.
 */
export function BulkBar({ count, returnTo, onSubmit }: { count: number; returnTo: string; onSubmit: (event: FormEvent<HTMLFormElement>) => void }) {
  return (
    <form id="bulk-form" action={bulkModerateFromForm} onSubmit={onSubmit} aria-labelledby="bulk-heading" className="sticky top-0 z-10 mt-6 rounded-lg bg-slate-100 p-3 ring-1 ring-slate-300">
      <input type="hidden" name="returnTo" value={returnTo} />
      <h2 id="bulk-heading" className="font-semibold">
        Ticked messages: <span className="tabular-nums">{count}</span>
      </h2>
      <div className="mt-2 flex flex-wrap items-end gap-3">
        <button type="submit" name="decision" value="approve" className={buttonClass("primary")}>
          Approve ticked
        </button>
        <div>
          <label htmlFor="bulk-reason" className="block text-sm font-semibold">
            Reason for rejecting
          </label>
          <select id="bulk-reason" name="rejectReason" defaultValue="" className="field mt-1">
            <option value="">Choose a reason…</option>
            {REJECT_REASONS.map((reason) => (
              <option key={reason} value={reason}>
                {rejectReasonLabels[reason]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="bulk-note" className="block text-sm font-semibold">
            In your words (for “Other”)
          </label>
          <input id="bulk-note" name="rejectNote" maxLength={REJECT_NOTE_MAX} className="field mt-1" />
        </div>
        <button type="submit" name="decision" value="reject" className={buttonClass("danger")}>
          Reject ticked
        </button>
      </div>
    </form>
  );
}

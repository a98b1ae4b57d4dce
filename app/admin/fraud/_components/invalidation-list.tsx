import { formatUtc } from "@/components/admin/format-utc";
import type { InvalidationSummary } from "@/lib/fraud/list-invalidations";
import { ActionForm } from "../../_components/action-form";
import { undoInvalidationAction } from "../actions";
import { describeCriteria } from "./describe-criteria";

/** Past bulk invalidations, newest first, each with an Undo button while it stands. */
export function InvalidationList({ invalidations, canUndo }: { invalidations: InvalidationSummary[]; canUndo: boolean }) {
  return (
    <section aria-labelledby="invalidations-heading" className="mt-10">
      <h2 id="invalidations-heading" className="text-xl font-bold">
        Past invalidations
      </h2>
      {invalidations.length === 0 ? (
        <p className="mt-2">None yet.</p>
      ) : (
        <ul className="mt-4 space-y-4">
          {invalidations.map((row) => (
            <li key={row.id} className="rounded-lg bg-white p-4 ring-1 ring-slate-300" data-testid="invalidation">
              <h3 className="font-semibold wrap-anywhere">{row.reason}</h3>
              <p className="text-sm text-slate-700">
                {row.matched.toLocaleString("en")} pledges · by {row.createdBy} · {formatUtc(row.createdAt)}
              </p>
              <p className="text-sm text-slate-700 wrap-anywhere">Chosen by: {describeCriteria(row.criteria)}</p>
              {row.undoneAt ? (
                <p className="mt-1 text-sm font-semibold">
                  Undone by {row.undoneBy} · {formatUtc(row.undoneAt)}
                </p>
              ) : (
                <>
                  <p className="mt-1 text-sm">{row.stillInvalid.toLocaleString("en")} of them are still invalid because of it.</p>
                  {canUndo && (
                    <ActionForm action={undoInvalidationAction} submitLabel="Undo" tone="secondary" buttonLabel={`Undo: ${row.reason}, ${formatUtc(row.createdAt)}`} className="mt-2 flex flex-wrap items-end gap-3">
                      <input type="hidden" name="invalidationId" value={row.id} />
                    </ActionForm>
                  )}
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

import { PLEDGE_STATUSES } from "@/lib/auth/count-pledges-by-status";
import type { PledgeStatus } from "@/lib/db/generated/enums";

const statusDescriptions: Record<(typeof PLEDGE_STATUSES)[number], string> = {
  PENDING: "Waiting for the supporter to confirm their email",
  CONFIRMED: "Confirmed: counted publicly",
  PENDING_REVIEW: "Email confirmed, held for review: not counted until an organiser clears it",
  WITHDRAWN: "Withdrawn by the supporter (personal data erased)",
  INVALID: "Marked invalid by an organiser",
};

const statusLabels: Record<(typeof PLEDGE_STATUSES)[number], string> = {
  PENDING: "Pending",
  CONFIRMED: "Confirmed",
  PENDING_REVIEW: "Pending review",
  WITHDRAWN: "Withdrawn",
  INVALID: "Invalid",
};

/** Pledges per status (exact, from the pledges themselves, not the public tallies). */
export function StatusTable({ counts }: { counts: Record<PledgeStatus, number> }) {
  const total = PLEDGE_STATUSES.reduce((sum, status) => sum + counts[status], 0);
  return (
    <table className="mt-4 w-full max-w-2xl border-collapse text-left">
      <caption className="sr-only">Pledges by status</caption>
      <thead>
        <tr className="border-b-2 border-slate-300">
          <th scope="col" className="py-2 pr-4">Status</th>
          <th scope="col" className="py-2 pr-4 text-right">Pledges</th>
          <th scope="col" className="py-2">Meaning</th>
        </tr>
      </thead>
      <tbody>
        {PLEDGE_STATUSES.map((status) => (
          <tr key={status} className="border-b border-slate-200">
            <th scope="row" className="py-2 pr-4 font-semibold">
              {statusLabels[status]}
            </th>
            <td className="py-2 pr-4 text-right tabular-nums" data-testid={`pledges-${status.toLowerCase()}`}>
              {counts[status].toLocaleString("en")}
            </td>
            <td className="py-2 text-slate-700">{statusDescriptions[status]}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row" className="py-2 pr-4">All</th>
          <td className="py-2 pr-4 text-right font-semibold tabular-nums">{total.toLocaleString("en")}</td>
          <td />
        </tr>
      </tfoot>
    </table>
  );
}

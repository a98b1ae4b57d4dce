import type { Metadata } from "next";
import Link from "next/link";
import { countPledgesByStatus, PLEDGE_STATUSES } from "@/lib/auth/count-pledges-by-status";
import { organiserPageAccess } from "@/lib/auth/organiser-page-access";
import { roleAtLeast, roleDescriptions } from "@/lib/auth/roles";
import { getCurrentCampaign } from "@/lib/campaigns/get-current-campaign";

export const metadata: Metadata = { title: "Dashboard" };

const statusDescriptions: Record<(typeof PLEDGE_STATUSES)[number], string> = {
  PENDING: "Waiting for the supporter to confirm their email",
  CONFIRMED: "Confirmed: counted publicly",
  PENDING_REVIEW: "Email confirmed, held for review: not counted until an organiser clears it",
  WITHDRAWN: "Withdrawn by the supporter (personal data erased)",
  INVALID: "Marked invalid by an organiser",
};

export default async function DashboardPage() {
  const { organiser } = await organiserPageAccess("VIEWER", "/admin");
  const campaign = await getCurrentCampaign();
  const counts = await countPledgesByStatus(organiser, campaign.id);
  const total = PLEDGE_STATUSES.reduce((sum, status) => sum + counts[status], 0);

  return (
    <>
      <h1 className="text-2xl font-bold">Dashboard</h1>
      <p className="mt-2 text-slate-700">
        Signed in as <strong>{organiser.email}</strong> ({roleDescriptions[organiser.role]}).
      </p>

      <section aria-labelledby="pledges-heading" className="mt-8">
        <h2 id="pledges-heading" className="text-xl font-bold">
          Pledges for “{campaign.title}”
        </h2>
        <p className="mt-1 text-slate-700">
          Goal: {campaign.goal.toLocaleString("en")} · Signing is {campaign.signingOpen ? "open" : "paused"}
          {campaign.countsFrozen ? " · Public numbers are frozen" : ""}
        </p>
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
                  {status.charAt(0) + status.slice(1).toLowerCase()}
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
      </section>

      {roleAtLeast(organiser.role, "ADMIN") && (
        <section aria-labelledby="admin-heading" className="mt-8">
          <h2 id="admin-heading" className="text-xl font-bold">
            Administration
          </h2>
          <ul className="mt-2 list-disc space-y-1 pl-6">
            <li>
              <Link href="/admin/organisers" className="underline">
                Organisers
              </Link>
              : who can sign in, and with which role
            </li>
            <li>
              <Link href="/admin/audit" className="underline">
                Audit log
              </Link>
              : every sign-in and change, newest first
            </li>
          </ul>
        </section>
      )}
    </>
  );
}

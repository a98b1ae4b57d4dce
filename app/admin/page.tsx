import type { Metadata } from "next";
import Link from "next/link";
import { loadDashboardNumbers } from "@/lib/admin/load-dashboard-numbers";
import { requireOrganiserPage } from "@/lib/auth/require-organiser-page";
import { roleAtLeast, roleDescriptions } from "@/lib/auth/roles";
import { getCurrentCampaign } from "@/lib/campaigns/get-current-campaign";
import { countryName } from "@/lib/geo/country-names";
import { AnomalyPanel } from "@/components/admin/anomaly-panel";
import { HourlyChart } from "./_dashboard/hourly-chart";
import { LiveRefresh } from "./_dashboard/live-refresh";
import { StatusTable } from "./_dashboard/status-table";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const organiser = await requireOrganiserPage("VIEWER", "/admin");
  const campaign = await getCurrentCampaign();
  const { counts, hours, waiting, countries, anomalies, countedAt } = await loadDashboardNumbers(organiser, campaign.id);
  const countedAtUtc = countedAt.toISOString().slice(11, 19);

  return (
    <>
      <LiveRefresh />
      <h1 className="text-2xl font-bold">Dashboard</h1>
      <p className="mt-2 text-slate-700">
        Signed in as <strong>{organiser.email}</strong> ({roleDescriptions[organiser.role]}).
      </p>
      <p className="mt-1 text-sm text-slate-700">
        Numbers as of {countedAtUtc} UTC, refreshed every 10 seconds.{" "}
        <Link href="/admin" className="underline">
          Refresh now
        </Link>
      </p>

      <section aria-labelledby="pledges-heading" className="mt-8">
        <h2 id="pledges-heading" className="text-xl font-bold">
          Pledges for “{campaign.title}”
        </h2>
        <p className="mt-1 text-slate-700">
          Goal: {campaign.goal.toLocaleString("en")} · Signing is {campaign.signingOpen ? "open" : "paused"}
          {campaign.countsFrozen ? " · Public numbers are frozen" : ""}
        </p>
        <StatusTable counts={counts} />
        <p className="mt-4">
          Messages waiting for moderation: <strong data-testid="messages-waiting">{waiting.toLocaleString("en")}</strong>
        </p>
      </section>

      <section aria-labelledby="hourly-heading" className="mt-10">
        <h2 id="hourly-heading" className="text-xl font-bold">
          Confirmations per hour, last 48 hours
        </h2>
        <HourlyChart hours={hours} />
      </section>

      <section aria-labelledby="countries-heading" className="mt-10">
        <h2 id="countries-heading" className="text-xl font-bold">
          Top countries (confirmed)
        </h2>
        {countries.length === 0 ? (
          <p className="mt-2 text-slate-700">No confirmed pledges yet.</p>
        ) : (
          <ol className="mt-2 max-w-md list-decimal space-y-1 pl-6">
            {countries.map((row) => (
              <li key={row.country}>
                {countryName(row.country, "en")}: <span className="tabular-nums">{row.pledges.toLocaleString("en")}</span>
              </li>
            ))}
          </ol>
        )}
      </section>

      <div id="anomalies" className="mt-10">
        <AnomalyPanel organiser={organiser} report={anomalies} />
        <p className="mt-2">
          <Link href="/admin/fraud" className="underline">
            Open the fraud tools
          </Link>
        </p>
      </div>

      {roleAtLeast(organiser.role, "ADMIN") && (
        <section aria-labelledby="admin-heading" className="mt-10">
          <h2 id="admin-heading" className="text-xl font-bold">
            Administration
          </h2>
          <ul className="mt-2 list-disc space-y-1 pl-6">
            <li>
              <Link href="/admin/settings" className="underline">
                Campaign settings
              </Link>
              : goal, pause signing, freeze counts, story and more
            </li>
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

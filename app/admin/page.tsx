import type { Metadata } from "next";
import Link from "next/link";
import { loadDashboardNumbers } from "@/lib/admin/load-dashboard-numbers";
import { requireOrganiserPage } from "@/lib/auth/require-organiser-page";
import { roleAtLeast } from "@/lib/auth/roles";
import { getAdminCampaign } from "@/lib/campaigns/get-admin-campaign";
import { countryName } from "@/lib/geo/country-names";
import { getAdminLocale, getAdminTranslator } from "@/lib/i18n/admin-i18n";
import { formatAdminNumber } from "@/lib/i18n/admin-format";
import { AnomalyPanel } from "@/components/admin/anomaly-panel";
import { HourlyChart } from "@/components/admin/dashboard/hourly-chart";
import { LiveRefresh } from "@/components/admin/dashboard/live-refresh";
import { StatusTable } from "@/components/admin/dashboard/status-table";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getAdminTranslator("adminDashboard"))("title") };
}

export default async function DashboardPage() {
  const organiser = await requireOrganiserPage("VIEWER", "/admin");
  const [campaign, locale, t, roles] = await Promise.all([getAdminCampaign(), getAdminLocale(), getAdminTranslator("adminDashboard"), getAdminTranslator("adminRoles")]);
  const { counts, hours, waiting, countries, anomalies, countedAt } = await loadDashboardNumbers(organiser, campaign.id);
  const countedAtUtc = countedAt.toISOString().slice(11, 19);
  const campaignState = [t("goal", { goal: campaign.goal }), t(campaign.signingOpen ? "signingOpen" : "signingPaused"), ...(campaign.countsFrozen ? [t("countsFrozen")] : [])];

  return (
    <>
      <LiveRefresh />
      <h1 className="text-2xl font-bold">{t("heading")}</h1>
      <p className="mt-2 text-slate-700">
        {t.rich("signedInAs", { email: organiser.email, role: roles(`description.${organiser.role}`), strong: (chunks) => <strong>{chunks}</strong> })}
      </p>
      <p className="mt-1 text-sm text-slate-700">
        {t("numbersAsOf", { time: countedAtUtc })}{" "}
        <Link href="/admin" className="underline">
          {t("refreshNow")}
        </Link>
      </p>

      <section aria-labelledby="pledges-heading" className="mt-8">
        <h2 id="pledges-heading" className="text-xl font-bold">
          {t("pledgesHeading", { title: campaign.title })}
        </h2>
        <p className="mt-1 text-slate-700">{campaignState.join(" · ")}</p>
        <StatusTable counts={counts} />
        <p className="mt-4">
          {t.rich("waiting", { count: waiting, strong: (chunks) => <strong data-testid="messages-waiting">{chunks}</strong> })}
        </p>
      </section>

      <section aria-labelledby="hourly-heading" className="mt-10">
        <h2 id="hourly-heading" className="text-xl font-bold">
          {t("hourlyHeading")}
        </h2>
        <HourlyChart hours={hours} />
      </section>

      <section aria-labelledby="countries-heading" className="mt-10">
        <h2 id="countries-heading" className="text-xl font-bold">
          {t("countriesHeading")}
        </h2>
        {countries.length === 0 ? (
          <p className="mt-2 text-slate-700">{t("noCountries")}</p>
        ) : (
          <ol className="mt-2 max-w-md list-decimal space-y-1 pl-6">
            {countries.map((row) => (
              <li key={row.country}>
                {countryName(row.country, locale)}: <span className="tabular-nums">{formatAdminNumber(locale, row.pledges)}</span>
              </li>
            ))}
          </ol>
        )}
      </section>

      <div id="anomalies" className="mt-10">
        <AnomalyPanel organiser={organiser} report={anomalies} />
        <p className="mt-2">
          <Link href="/admin/fraud" className="underline">
            {t("openFraud")}
          </Link>
        </p>
      </div>

      {roleAtLeast(organiser.role, "ADMIN") && (
        <section aria-labelledby="admin-heading" className="mt-10">
          <h2 id="admin-heading" className="text-xl font-bold">
            {t("adminHeading")}
          </h2>
          <ul className="mt-2 list-disc space-y-1 pl-6">
            <li>
              <Link href="/admin/settings" className="underline">
                {t("settingsLink")}
              </Link>
              {t("settingsWhat")}
            </li>
            {/* People and the log are the whole site's: its admins only (ADR 0054). */}
            {organiser.instanceRole === "ADMIN" && (
              <>
                <li>
                  <Link href="/admin/organisers" className="underline">
                    {t("organisersLink")}
                  </Link>
                  {t("organisersWhat")}
                </li>
                <li>
                  <Link href="/admin/audit" className="underline">
                    {t("auditLink")}
                  </Link>
                  {t("auditWhat")}
                </li>
              </>
            )}
          </ul>
        </section>
      )}
    </>
  );
}

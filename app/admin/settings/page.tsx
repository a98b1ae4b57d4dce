import type { Metadata } from "next";
import Link from "next/link";
import { requireOrganiserPage } from "@/lib/auth/require-organiser-page";
import { getCurrentCampaign } from "@/lib/campaigns/get-current-campaign";
import { readCampaignSettings } from "@/lib/campaigns/read-campaign-settings";
import { routing } from "@/lib/i18n/routing";
import { ActionForm } from "../_components/action-form";
import { setSwitchAction } from "./actions";
import { SettingsForm } from "./settings-form";

export const metadata: Metadata = { title: "Campaign settings" };

// ADMIN only: moderators and viewers get the 403 page (decisions/0013-…). Every change is in the
// audit log and shows on the public pages at their next render (they read the campaign per request).

const outcomes: Record<string, string> = {
  saved: "Settings saved. Public pages use them from now on.",
  unchanged: "Nothing had changed: nothing was saved.",
  "signingOpen-on": "Signing is open again.",
  "signingOpen-off": "Signing is paused: the public form shows a notice and refuses new pledges.",
  "countsFrozen-on": "Public counts are frozen. Pledges are still taken and counted when you unfreeze.",
  "countsFrozen-off": "Public counts are live again and catch up within seconds.",
  story: "Story saved.",
};

const languageNames: Record<string, string> = { en: "English", be: "Belarusian", ru: "Russian" };

export default async function SettingsPage({ searchParams }: PageProps<"/admin/settings">) {
  const organiser = await requireOrganiserPage("ADMIN", "/admin/settings");
  const campaign = await getCurrentCampaign();
  const { settings, stories } = await readCampaignSettings(organiser, campaign.id);
  const done = (await searchParams).done;
  const outcome = typeof done === "string" ? outcomes[done] : undefined;

  return (
    <>
      <h1 className="text-2xl font-bold">Campaign settings</h1>
      <p className="mt-2 text-slate-700">“{campaign.title}”. Every change is recorded in the audit log.</p>
      {outcome && (
        <p role="status" className="mt-4 rounded-md border-2 border-emerald-700 bg-emerald-50 p-3">
          {outcome}
        </p>
      )}

      <section aria-labelledby="switches-heading" className="mt-8">
        <h2 id="switches-heading" className="text-xl font-bold">
          Switches
        </h2>
        <div className="mt-4 grid gap-4 sm:grid-cols-2">
          <Switch
            name="signingOpen"
            title="Signing"
            state={settings.signingOpen ? "Open: the public form takes pledges." : "Paused: the public form shows a notice and refuses new pledges."}
            on={!settings.signingOpen}
            label={settings.signingOpen ? "Pause signing" : "Resume signing"}
          />
          <Switch
            name="countsFrozen"
            title="Public counts"
            state={
              settings.countsFrozen
                ? `Frozen since ${settings.countsFrozenAt ? formatTime(settings.countsFrozenAt) : "—"}: public numbers stand still; pledges are still taken.`
                : "Live: public numbers follow confirmations within seconds."
            }
            on={!settings.countsFrozen}
            label={settings.countsFrozen ? "Unfreeze counts" : "Freeze counts"}
          />
        </div>
      </section>

      <section aria-labelledby="settings-heading" className="mt-10">
        <h2 id="settings-heading" className="text-xl font-bold">
          Settings
        </h2>
        <SettingsForm current={settings} />
      </section>

      <section aria-labelledby="story-heading" className="mt-10">
        <h2 id="story-heading" className="text-xl font-bold">
          Campaign story
        </h2>
        <p className="mt-1 text-slate-700">The home page shows the edited story of its language, or the bundled text when there is none.</p>
        <ul className="mt-2 list-disc space-y-1 pl-6">
          {routing.locales.map((locale) => {
            const story = stories.find((row) => row.locale === locale);
            return (
              <li key={locale}>
                <Link href={`/admin/settings/story?locale=${locale}`} className="underline">
                  Edit the {languageNames[locale]} story
                </Link>
                : {story ? `edited by ${story.updatedBy}, ${formatTime(story.updatedAt)}` : "bundled text"}
              </li>
            );
          })}
        </ul>
      </section>
    </>
  );
}

function Switch(props: { name: "signingOpen" | "countsFrozen"; title: string; state: string; on: boolean; label: string }) {
  return (
    <div className="rounded-lg bg-white p-4 ring-1 ring-slate-300">
      <h3 className="font-semibold">{props.title}</h3>
      <p className="mt-1 text-slate-700" data-testid={`switch-${props.name}`}>
        {props.state}
      </p>
      <ActionForm action={setSwitchAction} submitLabel={props.label} tone={props.name === "signingOpen" && !props.on ? "danger" : "secondary"} className="mt-3 flex flex-wrap gap-3">
        <input type="hidden" name="name" value={props.name} />
        <input type="hidden" name="value" value={props.on ? "on" : "off"} />
      </ActionForm>
    </div>
  );
}

function formatTime(date: Date): string {
  return `${date.toISOString().replace("T", " ").slice(0, 16)} UTC`;
}

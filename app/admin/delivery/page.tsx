import type { Metadata } from "next";
import Link from "next/link";
import { requireOrganiserPage } from "@/lib/auth/require-organiser-page";
import { getAdminCampaign } from "@/lib/campaigns/get-admin-campaign";
import { deliveryPagePath } from "@/lib/campaigns/public-addresses";
import { otherCampaignSlug } from "@/lib/campaigns/public-campaign-path";
import { readDeliveryPlan } from "@/lib/delivery/read-delivery-plan";
import { DELIVERY_TIME_ZONES, defaultSend } from "@/lib/delivery/delivery-defaults";
import { utcToZonedInput } from "@/lib/delivery/zoned-time";
import { getAdminLocale, getAdminTranslator } from "@/lib/i18n/admin-i18n";
import { formatAdminDateTime } from "@/lib/i18n/admin-format";
import { ActionForm } from "@/components/admin/ui/action-form";
import { buttonClass } from "@/components/admin/ui/button-class";
import { RecipientForm } from "@/components/admin/delivery/recipient-form";
import { ScheduleForm } from "@/components/admin/delivery/schedule-form";
import { addRecipientAction, cancelScheduleAction, removeRecipientAction, scheduleAction, sendNowAction } from "./actions";
import { OutcomeBanner } from "@/components/admin/ui/outcome-banner";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getAdminTranslator("adminDelivery"))("title") };
}

// ADMIN only (decisions/0013-…, 0050-…): recipients' addresses are shown here and nowhere else.
const outcomes = ["added", "removed", "scheduled", "cancelled", "sending"];

export default async function DeliveryPage({ searchParams }: PageProps<"/admin/delivery">) {
  const organiser = await requireOrganiserPage("ADMIN", "/admin/delivery");
  const campaign = await getAdminCampaign();
  const plan = await readDeliveryPlan(organiser, campaign.id);
  const [locale, t, audit] = await Promise.all([getAdminLocale(), getAdminTranslator("adminDelivery"), getAdminTranslator("adminAudit")]);
  const done = (await searchParams).done;
  const outcome = typeof done === "string" && outcomes.includes(done) ? t(`done.${done}`) : undefined;
  const time = (date: Date) => formatAdminDateTime(locale, date).replace(/ UTC$/, "");
  const languageNames = { en: audit("languages.en"), be: audit("languages.be"), ru: audit("languages.ru") };
  const current = plan.schedule ? { sendAt: utcToZonedInput(plan.schedule.sendAt, plan.schedule.timeZone), timeZone: plan.schedule.timeZone } : defaultSend();

  return (
    <>
      <h1 className="text-2xl font-bold">{t("heading")}</h1>
      <p className="mt-2 text-slate-700">{t("intro")}</p>
      <p className="mt-2">
        <Link href={deliveryPagePath(locale, otherCampaignSlug(campaign.slug))} className="underline">
          {t("publicPage")}
        </Link>
      </p>
      <OutcomeBanner>{outcome}</OutcomeBanner>

      <section aria-labelledby="recipients-heading" className="mt-8">
        <h2 id="recipients-heading" className="text-xl font-bold">
          {t("recipientsHeading")}
        </h2>
        {plan.recipients.length === 0 ? (
          <p className="mt-2">{t("noRecipients")}</p>
        ) : (
          <ul className="mt-2 space-y-2" aria-label={t("recipientsCaption")}>
            {plan.recipients.map((recipient) => (
              <li key={recipient.id} className="flex flex-wrap items-center gap-3 rounded-lg bg-white p-3 ring-1 ring-slate-300">
                <span data-testid="delivery-recipient">
                  <strong>{recipient.name}</strong>
                  {recipient.organisation ? `, ${recipient.organisation}` : ""} — {recipient.email} ({languageNames[recipient.locale as keyof typeof languageNames] ?? recipient.locale})
                </span>
                <ActionForm action={removeRecipientAction} submitLabel={t("remove")} buttonLabel={t("removeLabel", { name: recipient.name })} tone="secondary" className="ml-auto">
                  <input type="hidden" name="id" value={recipient.id} />
                </ActionForm>
              </li>
            ))}
          </ul>
        )}
        <RecipientForm addRecipientAction={addRecipientAction} languageNames={languageNames} />
      </section>

      <section aria-labelledby="schedule-heading" className="mt-10">
        <h2 id="schedule-heading" className="text-xl font-bold">
          {t("scheduleHeading")}
        </h2>
        <p className="mt-2" data-testid="delivery-schedule">
          {plan.schedule ? t("scheduledFor", { local: current.sendAt.replace("T", " "), zone: plan.schedule.timeZone, utc: time(plan.schedule.sendAt) }) : t("notScheduled")}
        </p>
        <ScheduleForm scheduleAction={scheduleAction} timeZones={DELIVERY_TIME_ZONES} current={current} />
        {plan.schedule && <ActionForm action={cancelScheduleAction} submitLabel={t("cancel")} tone="danger" className="mt-3" />}
      </section>

      <section aria-labelledby="now-heading" className="mt-10">
        <h2 id="now-heading" className="text-xl font-bold">
          {t("nowHeading")}
        </h2>
        <div className="mt-3 flex flex-wrap gap-3">
          {(["en", "be", "ru"] as const).map((packLocale) => (
            <form key={packLocale} method="post" action="/admin/delivery/preview">
              <input type="hidden" name="locale" value={packLocale} />
              <button type="submit" className={buttonClass("secondary")}>
                {t("preview", { locale: languageNames[packLocale] })}
              </button>
            </form>
          ))}
        </div>
        <ActionForm action={sendNowAction} submitLabel={t("sendNow")} className="mt-3" />
      </section>

      <section aria-labelledby="history-heading" className="mt-10">
        <h2 id="history-heading" className="text-xl font-bold">
          {t("historyHeading")}
        </h2>
        {plan.deliveries.length === 0 ? (
          <p className="mt-2">{t("noDeliveries")}</p>
        ) : (
          plan.deliveries.map((delivery) => (
            <div key={delivery.id} className="mt-3 rounded-lg bg-white p-3 ring-1 ring-slate-300">
              <h3 className="font-semibold">{t("deliveryOf", { when: time(delivery.createdAt) })}</h3>
              <ul className="mt-1 list-disc pl-6" data-testid="delivery-sends">
                {delivery.sends.map((send) => (
                  <li key={send.id}>
                    {send.name}
                    {send.organisation ? `, ${send.organisation}` : ""}: {send.sentAt ? t("sent", { when: time(send.sentAt) }) : t("waiting")}
                  </li>
                ))}
              </ul>
            </div>
          ))
        )}
      </section>
    </>
  );
}

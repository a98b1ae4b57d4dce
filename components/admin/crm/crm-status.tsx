import { formatUtc } from "@/components/admin/format-utc";
import type { CrmOverview } from "@/lib/crm/read-crm-overview";
import { formatAdminNumber } from "@/lib/i18n/admin-format";
import { getAdminLocale, getAdminTranslator } from "@/lib/i18n/admin-i18n";
import { ActionForm, type Action } from "@/components/admin/ui/action-form";

/**
 * Where the CRM stands: on or off, whether a key is set (never the key), a refused key, the
 * supporters pushed, waiting and failed, and the two buttons that act on it all: push everyone
 * not yet pushed, and remove the key.
 */
export async function CrmStatus({ overview, backfillAction, removeKeyAction }: { overview: CrmOverview; backfillAction: Action; removeKeyAction: Action }) {
  const [locale, t] = await Promise.all([getAdminLocale(), getAdminTranslator("adminCrm")]);
  const { connection, counts } = overview;
  const number = (value: number) => formatAdminNumber(locale, value);
  const ready = Boolean(connection?.enabled && connection.apiKeySet);
  return (
    <section aria-labelledby="crm-status-heading" className="mt-8">
      <h2 id="crm-status-heading" className="text-xl font-bold">
        {t("statusHeading")}
      </h2>
      <p className="mt-2" data-testid="crm-state">
        {connection ? t(ready ? "stateOn" : "stateOff", { endpoint: connection.endpointUrl }) : t("stateNone")}
      </p>
      <p className="mt-1" data-testid="crm-key">
        {connection?.apiKeySet ? t("keySet") : t("keyNotSet")}
      </p>
      {connection?.keyRefusedAt && (
        <div role="note" className="mt-4 max-w-3xl rounded-md border-l-4 border-red-800 bg-red-50 p-4 text-red-900" data-testid="crm-key-refused">
          <p>{t("keyRefused", { when: formatUtc(connection.keyRefusedAt, locale) })}</p>
        </div>
      )}
      <dl className="mt-4 grid max-w-xl grid-cols-[auto_auto] gap-x-6 gap-y-1" data-testid="crm-counts">
        <dt>{t("counts.pushed")}</dt>
        <dd className="tabular-nums">{number(counts.pushed)}</dd>
        <dt>{t("counts.queued")}</dt>
        <dd className="tabular-nums">{number(counts.queued)}</dd>
        <dt>{t("counts.failed")}</dt>
        <dd className="tabular-nums">{number(counts.failed)}</dd>
        <dt>{t("counts.notYetPushed")}</dt>
        <dd className="tabular-nums">{number(counts.notYetPushed)}</dd>
      </dl>
      <div className="mt-4 flex flex-wrap gap-3">
        {ready && <ActionForm action={backfillAction} submitLabel={t("backfill")} />}
        {connection?.apiKeySet && <ActionForm action={removeKeyAction} submitLabel={t("removeKey")} tone="danger" />}
      </div>
      {ready && <p className="mt-2 max-w-3xl text-sm text-slate-700">{t("backfillHint")}</p>}
    </section>
  );
}

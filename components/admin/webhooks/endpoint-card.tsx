import type { FormStateAction } from "@/lib/actions/form-state";
import type { AdminTranslate } from "@/lib/i18n/admin-i18n";
import { formatAdminDateTime } from "@/lib/i18n/admin-format";
import type { Locale } from "@/lib/i18n/routing";
import type { WebhookEndpointView } from "@/lib/webhooks/read-webhook-endpoints";
import { MAX_ATTEMPTS } from "@/lib/webhooks/retry-schedule";
import { ActionForm, type Action } from "@/components/admin/ui/action-form";
import { DeliveryLog } from "./delivery-log";
import { RotateSecretForm } from "./rotate-secret-form";

export interface EndpointActions {
  testAction: Action;
  enabledAction: Action;
  rotateAction: FormStateAction<"id">;
  deleteAction: Action;
}

/** One endpoint: its address, state, events and controls, then its delivery log. */
export function EndpointCard({ endpoint, actions, locale, t }: { endpoint: WebhookEndpointView; actions: EndpointActions; locale: Locale; t: AdminTranslate }) {
  const when = (date: Date) => formatAdminDateTime(locale, date).replace(/ UTC$/, "");
  const headingId = `webhook-${endpoint.id}`;
  return (
    <article aria-labelledby={headingId} className="mt-4 rounded-lg bg-white p-4 ring-1 ring-slate-300" data-testid="webhook-endpoint">
      <h3 id={headingId} className="font-semibold break-all">
        {endpoint.url}
      </h3>
      <ul className="mt-1 space-y-1">
        <li>
          <strong>{endpoint.enabled ? t("enabled") : t("disabled")}</strong>
          {" · "}
          {t("subscribed", { events: endpoint.events.join(", ") })}
        </li>
        {endpoint.failingSince ? (
          <li className="font-semibold text-red-800" data-testid="webhook-failing">
            {t("failing", { when: when(endpoint.failingSince), attempts: MAX_ATTEMPTS })}
          </li>
        ) : endpoint.nextAttemptAt ? (
          <li className="text-red-800">{t("retrying", { when: when(endpoint.nextAttemptAt) })}</li>
        ) : null}
        {endpoint.lastSuccessAt && <li>{t("lastSuccess", { when: when(endpoint.lastSuccessAt) })}</li>}
        <li>{t("pending", { count: endpoint.pending })}</li>
      </ul>
      <div className="mt-3 flex flex-wrap items-end gap-3">
        <ActionForm action={actions.testAction} submitLabel={t("sendTest")} buttonLabel={t("sendTestLabel", { url: endpoint.url })} className="contents">
          <input type="hidden" name="id" value={endpoint.id} />
        </ActionForm>
        <ActionForm
          action={actions.enabledAction}
          submitLabel={endpoint.enabled ? t("disable") : t("enable")}
          buttonLabel={t(endpoint.enabled ? "disableLabel" : "enableLabel", { url: endpoint.url })}
          tone="secondary"
          className="contents"
        >
          <input type="hidden" name="id" value={endpoint.id} />
          <input type="hidden" name="enabled" value={endpoint.enabled ? "false" : "true"} />
        </ActionForm>
        <RotateSecretForm rotateAction={actions.rotateAction} endpointId={endpoint.id} url={endpoint.url} />
        <ActionForm action={actions.deleteAction} submitLabel={t("delete")} buttonLabel={t("deleteLabel", { url: endpoint.url })} tone="danger" className="contents">
          <input type="hidden" name="id" value={endpoint.id} />
        </ActionForm>
      </div>
      <h4 className="mt-4 font-semibold">{t("logHeading")}</h4>
      <DeliveryLog endpoint={endpoint} locale={locale} t={t} />
    </article>
  );
}

import { INVALIDATABLE_STATUSES, statusFieldName } from "@/lib/fraud/invalidation-criteria";
import { getAdminTranslator } from "@/lib/i18n/admin-i18n";
import { buttonClass } from "@/components/admin/ui/button-class";
import { formMessageFrom, type MessageFor } from "@/components/admin/ui/form-messages";

type Values = Record<string, string | undefined>;
type Errors = Partial<Record<string, string[]>>;

/**
 * Step one: which pledges. A GET form, so the anomaly panel can link to it prefilled and the
 * preview is a page that can be reloaded; nothing changes until the confirm step's POST.
 */
export async function CriteriaForm({ values, errors }: { values: Values; errors: Errors }) {
  const [t, form] = await Promise.all([getAdminTranslator("adminInvalidate.criteria"), getAdminTranslator("adminForm")]);
  const field = { values, errors, messageFor: formMessageFrom(form) };
  return (
    <form method="get" action="/admin/fraud/invalidate" noValidate className="mt-6 space-y-5" aria-labelledby="criteria-heading">
      <h2 id="criteria-heading" className="text-xl font-bold">
        {t("heading")}
      </h2>
      <p className="text-slate-700">{t("intro")}</p>
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField name="networkHash" label={t("networkHash")} {...field} />
        <TextField name="emailDomain" label={t("emailDomain")} {...field} />
        <TextField name="country" label={t("country")} {...field} />
      </div>
      <fieldset>
        <legend className="font-semibold">{t("timeField")}</legend>
        <div className="mt-1 flex flex-wrap gap-6">
          {(["createdAt", "confirmedAt"] as const).map((name) => (
            <label key={name} className="flex items-center gap-2">
              <input type="radio" name="timeField" value={name} defaultChecked={(values.timeField ?? "createdAt") === name} className="size-5" />
              {t(name)}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name="from" label={t("from")} type="datetime-local" {...field} />
        <TextField name="to" label={t("to")} type="datetime-local" {...field} />
      </div>
      <fieldset>
        <legend className="font-semibold">{t("statuses")}</legend>
        <div className="mt-1 flex flex-wrap gap-6">
          {INVALIDATABLE_STATUSES.map((status) => (
            <label key={status} className="flex items-center gap-2">
              <input type="checkbox" name={statusFieldName(status)} defaultChecked={values[statusFieldName(status)] === "on"} className="size-5" />
              {t(`status.${status}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <button type="submit" name="step" value="preview" className={buttonClass("secondary")}>
        {t("preview")}
      </button>
    </form>
  );
}

function TextField({ name, label, type = "text", values, errors, messageFor }: { name: string; label: string; type?: string; values: Values; errors: Errors; messageFor: MessageFor }) {
  const messages = errors[name] ?? [];
  const errorId = `${name}-error`;
  return (
    <div>
      <label htmlFor={`criteria-${name}`} className="block font-semibold">
        {label}
      </label>
      <input
        id={`criteria-${name}`}
        name={name}
        type={type}
        defaultValue={values[name] ?? ""}
        autoComplete="off"
        spellCheck={false}
        aria-invalid={messages.length > 0 || undefined}
        aria-describedby={messages.length > 0 ? errorId : undefined}
        className="field mt-1 font-mono"
      />
      {messages.length > 0 && (
        <p id={errorId} className="mt-1 text-red-800">
          {messages.map(messageFor).join(" ")}
        </p>
      )}
    </div>
  );
}

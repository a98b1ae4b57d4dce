import { INVALIDATABLE_STATUSES, statusFieldName } from "@/lib/fraud/invalidation-criteria";
import { buttonClass } from "../../_components/button-class";
import { messageFor } from "../../_components/form-messages";

const statusLabels = { PENDING: "Pending (email not confirmed)", CONFIRMED: "Confirmed (counted)", PENDING_REVIEW: "Held for review" } as const;

type Values = Record<string, string | undefined>;
type Errors = Partial<Record<string, string[]>>;

/**
 * Step one: which pledges. A GET form, so the anomaly panel can link to it prefilled and the
 * preview is a page that can be reloaded; nothing changes until the confirm step's POST.
 */
export function CriteriaForm({ values, errors }: { values: Values; errors: Errors }) {
  return (
    <form method="get" action="/admin/fraud/invalidate" noValidate className="mt-6 space-y-5" aria-labelledby="criteria-heading">
      <h2 id="criteria-heading" className="text-xl font-bold">
        1. Choose pledges
      </h2>
      <p className="text-slate-700">Give at least one of network, email domain or country. Times are UTC.</p>
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField name="networkHash" label="Network hash" values={values} errors={errors} />
        <TextField name="emailDomain" label="Email domain" values={values} errors={errors} />
        <TextField name="country" label="Country code (e.g. DE)" values={values} errors={errors} />
      </div>
      <fieldset>
        <legend className="font-semibold">Time window applies to</legend>
        <div className="mt-1 flex flex-wrap gap-6">
          {(["createdAt", "confirmedAt"] as const).map((field) => (
            <label key={field} className="flex items-center gap-2">
              <input type="radio" name="timeField" value={field} defaultChecked={(values.timeField ?? "createdAt") === field} className="size-5" />
              {field === "createdAt" ? "When signed" : "When confirmed"}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name="from" label="From (UTC)" type="datetime-local" values={values} errors={errors} />
        <TextField name="to" label="To (UTC)" type="datetime-local" values={values} errors={errors} />
      </div>
      <fieldset>
        <legend className="font-semibold">Status (none ticked: all three)</legend>
        <div className="mt-1 flex flex-wrap gap-6">
          {INVALIDATABLE_STATUSES.map((status) => (
            <label key={status} className="flex items-center gap-2">
              <input type="checkbox" name={statusFieldName(status)} defaultChecked={values[statusFieldName(status)] === "on"} className="size-5" />
              {statusLabels[status]}
            </label>
          ))}
        </div>
      </fieldset>
      <button type="submit" name="step" value="preview" className={buttonClass("secondary")}>
        Preview
      </button>
    </form>
  );
}

function TextField({ name, label, type = "text", values, errors }: { name: string; label: string; type?: string; values: Values; errors: Errors }) {
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

import { heldReasonLabels, HELD_REASONS } from "@/lib/moderation/held-reasons";
import { QUEUE_STATUSES, queueStatusLabels, type QueueFilter } from "@/lib/moderation/queue-filter";
import { buttonClass } from "../../_components/button-class";

/** A plain GET form: filters live in the address, so a view can be bookmarked or shared. */
export function QueueFilters(props: { filter: QueueFilter; languages: string[]; countries: { code: string; name: string }[] }) {
  const { filter } = props;
  return (
    <form method="get" action="/admin/moderation" aria-label="Filter messages" className="mt-6 flex flex-wrap items-end gap-4">
      <Select id="filter-status" name="status" label="Status" value={filter.status} options={QUEUE_STATUSES.map((status) => [status, queueStatusLabels[status]])} />
      <Select id="filter-language" name="language" label="Language" value={filter.language ?? ""} options={[["", "All languages"], ...props.languages.map((code) => [code, code] as [string, string])]} />
      <Select id="filter-country" name="country" label="Country" value={filter.country ?? ""} options={[["", "All countries"], ...props.countries.map(({ code, name }) => [code, name] as [string, string])]} />
      <Select id="filter-reason" name="reason" label="Held because" value={filter.reason ?? ""} options={[["", "Any reason"], ...HELD_REASONS.map((reason) => [reason, heldReasonLabels[reason]] as [string, string])]} />
      <div>
        <label htmlFor="filter-search" className="block font-semibold">
          Search messages
        </label>
        <input id="filter-search" name="q" type="search" defaultValue={filter.search ?? ""} maxLength={100} className="field mt-1" />
      </div>
      <button type="submit" className={buttonClass("secondary")}>
        Show
      </button>
    </form>
  );
}

function Select(props: { id: string; name: string; label: string; value: string; options: [string, string][] }) {
  return (
    <div>
      <label htmlFor={props.id} className="block font-semibold">
        {props.label}
      </label>
      <select id={props.id} name={props.name} defaultValue={props.value} className="field mt-1">
        {props.options.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </div>
  );
}

import { getAdminTranslator } from "@/lib/i18n/admin-i18n";
import { HELD_REASONS } from "@/lib/moderation/held-reasons";
import { QUEUE_STATUSES, type QueueFilter } from "@/lib/moderation/queue-filter";
import { buttonClass } from "@/components/admin/ui/button-class";

/** A plain GET form: filters live in the address, so a view can be bookmarked or shared. */
export async function QueueFilters(props: { filter: QueueFilter; languages: string[]; countries: { code: string; name: string }[] }) {
  const { filter } = props;
  const t = await getAdminTranslator("adminModeration");
  return (
    <form method="get" action="/admin/moderation" aria-label={t("filters.label")} className="mt-6 flex flex-wrap items-end gap-4">
      <Select id="filter-status" name="status" label={t("filters.status")} value={filter.status} options={QUEUE_STATUSES.map((status) => [status, t(`queueStatus.${status}`)])} />
      <Select id="filter-language" name="language" label={t("filters.language")} value={filter.language ?? ""} options={[["", t("filters.allLanguages")], ...props.languages.map((code) => [code, code] as [string, string])]} />
      <Select id="filter-country" name="country" label={t("filters.country")} value={filter.country ?? ""} options={[["", t("filters.allCountries")], ...props.countries.map(({ code, name }) => [code, name] as [string, string])]} />
      <Select id="filter-reason" name="reason" label={t("filters.heldBecause")} value={filter.reason ?? ""} options={[["", t("filters.anyReason")], ...HELD_REASONS.map((reason) => [reason, t(`heldReasons.${reason}`)] as [string, string])]} />
      <div>
        <label htmlFor="filter-search" className="block font-semibold">
          {t("filters.search")}
        </label>
        <input id="filter-search" name="q" type="search" defaultValue={filter.search ?? ""} maxLength={100} className="field mt-1" />
      </div>
      <button type="submit" className={buttonClass("secondary")}>
        {t("filters.show")}
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

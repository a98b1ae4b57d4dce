import { useTranslations } from "next-intl";
import { limitValues } from "@/lib/pledges/pledge-limits";

/** The error text(s) of one field; its id is what the field's aria-describedby points at. */
export function FieldError({ id, keys }: { id: string; keys: string[] | undefined }) {
  const t = useTranslations("pledgeForm.errors");
  if (!keys?.length) return null;
  return (
    <p id={id} className="mt-1 text-sm font-medium text-red-800">
      {keys.map((key) => t(key, limitValues)).join(" ")}
    </p>
  );
}

/** aria-describedby for a field: its hint and, when present, its error. */
export function describedBy(hintId: string | null, errorId: string, hasError: boolean): string | undefined {
  const ids = [hintId, hasError ? errorId : null].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

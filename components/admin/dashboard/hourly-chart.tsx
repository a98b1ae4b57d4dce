import type { HourCount } from "@/lib/admin/confirmations-per-hour";
import { getAdminLocale, getAdminTranslator } from "@/lib/i18n/admin-i18n";
import { formatAdminDate } from "@/lib/i18n/admin-format";
import type { Locale } from "@/lib/i18n/routing";

const WIDTH = 720;
const HEIGHT = 160;
const AXIS = 20;

const hourLabel = (date: Date) => `${date.toISOString().slice(11, 13)}:00`;
const dayLabel = (date: Date, locale: Locale) => formatAdminDate(locale, date);

/**
 * Confirmations per hour as bars, drawn on the server (no script, no third party). The SVG is
 * one labelled image whose name states the gist; the exact numbers are in the table below it,
 * which screen readers and anyone who wants figures can use.
 */
export async function HourlyChart({ hours }: { hours: HourCount[] }) {
  const [locale, t] = await Promise.all([getAdminLocale(), getAdminTranslator("adminDashboard.chart")]);
  const peak = Math.max(1, ...hours.map((hour) => hour.confirmations));
  const total = hours.reduce((sum, hour) => sum + hour.confirmations, 0);
  const slot = WIDTH / Math.max(1, hours.length);
  const first = hours[0];
  const last = hours.at(-1);
  const summary = t("summary", { total, hours: hours.length, peak });
  return (
    <figure className="mt-4">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT + AXIS}`} role="img" aria-label={t("label", { summary })} className="h-auto w-full max-w-3xl">
        <line x1={0} y1={HEIGHT} x2={WIDTH} y2={HEIGHT} stroke="#475569" strokeWidth={1} />
        {hours.map((hour, index) => {
          const height = (hour.confirmations / peak) * (HEIGHT - 8);
          return (
            <rect key={hour.hour.toISOString()} x={index * slot + 1} y={HEIGHT - height} width={Math.max(1, slot - 2)} height={height} fill="#1e40af">
              <title>{`${dayLabel(hour.hour, locale)} ${hourLabel(hour.hour)} UTC: ${hour.confirmations}`}</title>
            </rect>
          );
        })}
        {first && (
          <text x={0} y={HEIGHT + 15} fontSize={12} fill="#334155">
            {`${dayLabel(first.hour, locale)} ${hourLabel(first.hour)}`}
          </text>
        )}
        {last && (
          <text x={WIDTH} y={HEIGHT + 15} fontSize={12} fill="#334155" textAnchor="end">
            {t("now", { hour: hourLabel(last.hour) })}
          </text>
        )}
      </svg>
      <figcaption className="text-sm text-slate-700">{summary}</figcaption>
      <details className="mt-2">
        <summary className="cursor-pointer font-semibold underline">{t("showTable")}</summary>
        <table className="mt-2 border-collapse text-left text-sm">
          <caption className="sr-only">{t("caption")}</caption>
          <thead>
            <tr className="border-b-2 border-slate-300">
              <th scope="col" className="py-1 pr-4">{t("hour")}</th>
              <th scope="col" className="py-1 text-right">{t("confirmations")}</th>
            </tr>
          </thead>
          <tbody>
            {hours.map((hour) => (
              <tr key={hour.hour.toISOString()} className="border-b border-slate-200">
                <th scope="row" className="py-1 pr-4 font-normal">{`${dayLabel(hour.hour, locale)} ${hourLabel(hour.hour)}`}</th>
                <td className="py-1 text-right tabular-nums">{hour.confirmations}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

import type { AdminTranslate } from "@/lib/i18n/admin-i18n";
import { formatAdminTimestamp } from "@/lib/i18n/admin-format";
import type { Locale } from "@/lib/i18n/routing";
import type { WebhookEndpointView } from "@/lib/webhooks/read-webhook-endpoints";
import { ScrollRegion } from "@/components/admin/ui/scroll-region";

/** One endpoint's latest POSTs: when, which events, the receiver's answer, the attempt and the error. */
export function DeliveryLog({ endpoint, locale, t }: { endpoint: WebhookEndpointView; locale: Locale; t: AdminTranslate }) {
  if (endpoint.deliveries.length === 0) return <p className="mt-2">{t("noDeliveries")}</p>;
  const caption = t("logCaption", { url: endpoint.url });
  return (
    <ScrollRegion label={caption} className="mt-2">
      <table className="w-full border-collapse text-left text-sm" data-testid="webhook-log">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-slate-300">
            <th scope="col" className="py-2 pr-4">{t("when")}</th>
            <th scope="col" className="py-2 pr-4">{t("logEvents")}</th>
            <th scope="col" className="py-2 pr-4">{t("status")}</th>
            <th scope="col" className="py-2 pr-4 text-right">{t("attempt")}</th>
            <th scope="col" className="py-2 pr-4 text-right">{t("duration")}</th>
            <th scope="col" className="py-2">{t("error")}</th>
          </tr>
        </thead>
        <tbody>
          {endpoint.deliveries.map((delivery) => (
            <tr key={delivery.id} className="border-b border-slate-200 align-top">
              <td className="py-2 pr-4 whitespace-nowrap">{formatAdminTimestamp(locale, delivery.at)}</td>
              <td className="py-2 pr-4">{t("eventCount", { count: delivery.eventCount, types: delivery.eventTypes.join(", ") })}</td>
              <td className="py-2 pr-4">{delivery.status ?? t("noAnswer")}</td>
              <td className="py-2 pr-4 text-right">{delivery.attempt}</td>
              <td className="py-2 pr-4 text-right whitespace-nowrap">{t("milliseconds", { ms: delivery.durationMs })}</td>
              <td className="py-2 break-words">{delivery.error ?? t("none")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

import { getTranslations } from "next-intl/server";
import { formatUtc } from "@/components/stats/format-utc";
import type { PublicDelivery } from "@/lib/delivery/list-public-deliveries";
import { snapshotPagePath } from "@/lib/campaigns/public-addresses";

/** One delivery on the public page: who received it and when, and what proves its figures. */
export async function DeliveryRecord({ delivery, locale, campaignSlug }: { delivery: PublicDelivery; locale: string; campaignSlug?: string }) {
  const t = await getTranslations("delivery");
  return (
    <section aria-labelledby={`delivery-${delivery.id}`} className="mt-8" data-testid="delivery-status">
      <h2 id={`delivery-${delivery.id}`} className="text-2xl font-bold">
        {t("deliveredHeading")}
      </h2>
      <div className="mt-3 overflow-x-auto">
        <table className="w-full border-collapse text-left">
          <caption className="text-left text-slate-700">{t("recipientsCaption")}</caption>
          <thead>
            <tr className="border-b-2 border-slate-400">
              <th scope="col" className="py-2 pr-4">{t("recipient")}</th>
              <th scope="col" className="py-2 pr-4">{t("organisation")}</th>
              <th scope="col" className="py-2">{t("when")}</th>
            </tr>
          </thead>
          <tbody>
            {delivery.sends.map((send, index) => (
              <tr key={index} className="border-b border-slate-300">
                <td className="py-2 pr-4">{send.name}</td>
                <td className="py-2 pr-4">{send.organisation ?? "—"}</td>
                <td className="py-2">
                  <time dateTime={send.sentAt.toISOString()}>{formatUtc(send.sentAt.toISOString(), locale)}</time>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul className="mt-4 space-y-1 break-all">
        <li>
          <a href={snapshotPagePath(locale, delivery.snapshotId, campaignSlug)} className="font-semibold text-blue-900 underline">
            {t("snapshot", { id: delivery.snapshotId })}
          </a>
        </li>
        <li>
          <code>{t("sha", { sha: delivery.snapshotSha256 })}</code>
        </li>
        <li>
          {delivery.rootHash && delivery.treeSize !== null ? <code data-testid="delivery-root">{t("checkpoint", { size: delivery.treeSize, root: delivery.rootHash })}</code> : t("noCheckpoint")}
        </li>
      </ul>
    </section>
  );
}

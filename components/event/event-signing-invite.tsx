import { getTranslations } from "next-intl/server";
import { EventQrCode } from "./event-qr-code";

/** The QR code of the signing page and its short address, big enough to read across a hall. */
export async function EventSigningInvite({ href, short }: { href: string; short: string }) {
  const t = await getTranslations("map.event");
  return (
    <div className="flex items-center gap-5 lg:flex-col lg:items-start xl:flex-row xl:items-end">
      <EventQrCode href={href} label={t("qrLabel", { url: short })} className="size-40 shrink-0 rounded-md sm:size-56 lg:size-[min(17rem,34vh)]" />
      <p className="min-w-0 text-lg font-semibold text-slate-200 sm:text-xl">
        {t("scan")}
        <span className="mt-1 block text-2xl font-bold break-words text-white sm:text-3xl" data-testid="event-signing-url">
          {short}
        </span>
      </p>
    </div>
  );
}

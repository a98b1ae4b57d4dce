import { getTranslations } from "next-intl/server";
import { Fragment } from "react";
import { EventQrCode } from "./event-qr-code";

/**
 * The QR code of the signing page and its short address, big enough to read across a hall: beside
 * each other on a phone, the address under the code in the projector's narrow column.
 */
export async function EventSigningInvite({ href, short }: { href: string; short: string }) {
  const t = await getTranslations("map.event");
  return (
    <div className="flex items-center gap-5 lg:flex-col lg:items-start lg:gap-4">
      <EventQrCode href={href} label={t("qrLabel", { url: short })} className="size-40 shrink-0 rounded-md sm:size-56 lg:size-[min(20rem,32vh)]" />
      <p className="min-w-0 text-lg font-semibold text-slate-200 sm:text-xl">
        {t("scan")}
        <span className="mt-1 block text-xl font-bold break-words text-white sm:text-3xl xl:text-4xl" data-testid="event-signing-url">
          {/* A long address wraps before a slash ("belarus4aug.org" / "/sign"), not inside a word; on a
              phone the type is smaller so a host of about fifteen characters fits beside the code. */}
          {short.split(/(?=\/)/).map((part, index) => (
            <Fragment key={index}>
              {index > 0 && <wbr />}
              {part}
            </Fragment>
          ))}
        </span>
      </p>
    </div>
  );
}

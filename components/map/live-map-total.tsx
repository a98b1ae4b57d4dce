"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useLiveMap } from "./map-data-context";

/** The event screen's big number. Not a live region: it may change every second on the day. */
export function LiveMapTotal() {
  const t = useTranslations("map.event");
  const format = useFormatter();
  const { total } = useLiveMap().data;
  return (
    <p className="leading-none" data-testid="event-total" data-count={total}>
      <span className="block text-7xl font-black tabular-nums xl:text-8xl">{format.number(total)}</span>
      <span className="mt-3 block text-2xl font-semibold text-slate-200">{t("counter", { count: total })}</span>
    </p>
  );
}

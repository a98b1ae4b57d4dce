"use client";

import { useLocale, useTranslations } from "next-intl";
import { useLiveTotal } from "@/components/pledge/use-live-total";
import type { CounterVariant } from "@/lib/open-data/oembed";

/**
 * The embeddable counter: starts from the server-rendered count and follows /api/live (our own
 * origin, same as the iframe's), so it stays current on the partner's page without a reload.
 */
export function LiveCounter(props: { initial: number; goal: number; variant: CounterVariant; signUrl: string; /** Another campaign than the default (ADR 0054). */ campaignSlug?: string }) {
  const { initial, goal, variant, signUrl, campaignSlug } = props;
  const t = useTranslations("embed");
  const locale = useLocale();
  const total = useLiveTotal(initial, campaignSlug);
  const percent = goal > 0 ? Math.min(100, (total / goal) * 100) : 0;
  const large = variant === "large";
  // The card fills the partner's iframe (COUNTER_SIZE in lib/open-data/oembed.ts, which the
  // snippets use): compact puts the label beside the number, so even Russian's two-line label
  // fits 320 × 120; e2e/phone-layout.spec.ts measures every language.
  return (
    <div className={`flex flex-1 flex-col justify-between rounded-xl bg-white ring-1 ring-slate-200 ${large ? "p-6" : "px-3 py-2"}`}>
      <div className={large ? "" : "flex items-center gap-3"}>
        <p className={`font-bold tabular-nums ${large ? "text-5xl" : "text-3xl leading-none"}`} data-testid="embed-count" data-count={total}>
          {/* Belarusian in a browser without its data: the layout's NumberFormatFallback. */}
          {new Intl.NumberFormat(locale).format(total)}
        </p>
        <p className={large ? "mt-1 text-lg" : "text-sm leading-5"}>{t("count", { count: total })}</p>
      </div>
      <div className={`overflow-hidden rounded-full bg-slate-200 ${large ? "mt-4 h-3" : "mt-2 h-2"}`} aria-hidden="true">
        <div className="h-full rounded-full bg-blue-800 transition-[width] duration-700" style={{ width: `${percent}%` }} />
      </div>
      <p className="mt-1 flex flex-wrap justify-between gap-x-2 text-sm text-slate-700">
        <span>{t("goal", { goal })}</span>
        <a href={signUrl} target="_blank" rel="noopener" className="font-semibold text-blue-900 underline">
          {t("sign")}
        </a>
      </p>
    </div>
  );
}

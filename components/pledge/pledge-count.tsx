"use client";

import { useTranslations } from "next-intl";
import { useLiveTotal } from "./use-live-total";

/**
 * The public number with progress to the goal. Server-rendered with the count as of page load,
 * then kept live. The label's box always reserves two lines on phones and one on wider screens,
 * so a growing number never shifts the page. Not an aria-live region: on 4 August it may change
 * every second, which would drown out everything else a screen reader says.
 */
export function PledgeCount({ count, goal, campaignSlug }: { count: number; goal: number; /** Another campaign than the default (ADR 0054). */ campaignSlug?: string }) {
  const t = useTranslations("count");
  const total = useLiveTotal(count, campaignSlug);
  const percent = goal > 0 ? Math.min(100, (total / goal) * 100) : 0;
  return (
    <section aria-labelledby="pledge-count" className="rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-5">
      <p id="pledge-count" className="min-h-[2lh] text-xl font-bold sm:text-2xl tabular-nums sm:min-h-[1lh]" data-testid="pledge-count" data-count={total}>
        {t("label", { count: total })}
      </p>
      <div className="mt-3 h-3 overflow-hidden rounded-full bg-slate-200" aria-hidden="true">
        <div className="h-full rounded-full bg-blue-800 transition-[width] duration-700" style={{ width: `${percent}%` }} />
      </div>
      <p className="mt-2 text-sm text-slate-700">{t("goal", { goal })}</p>
    </section>
  );
}

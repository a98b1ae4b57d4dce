import { getTranslations } from "next-intl/server";

/** The public number, server-rendered; its box keeps its size so updates never shift the page. */
export async function PledgeCount({ count, goal }: { count: number; goal: number }) {
  const t = await getTranslations("count");
  const percent = goal > 0 ? Math.min(100, Math.round((count / goal) * 100)) : 0;
  return (
    <section aria-labelledby="pledge-count" className="rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
      <p id="pledge-count" className="text-2xl font-bold tabular-nums" data-testid="pledge-count" data-count={count}>
        {t("label", { count })}
      </p>
      <div className="mt-3 h-3 overflow-hidden rounded-full bg-slate-200" aria-hidden="true">
        <div className="h-full rounded-full bg-blue-800" style={{ width: `${percent}%` }} />
      </div>
      <p className="mt-2 text-sm text-slate-700">{t("goal", { goal })}</p>
    </section>
  );
}

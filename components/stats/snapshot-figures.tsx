import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { shareOf } from "@/lib/stats/public-stats";
import type { StoredSnapshot } from "@/lib/stats/snapshots/find-stats-snapshot";
import { snapshotFilePath, snapshotPagePath, statsPagePath } from "@/lib/campaigns/public-addresses";
import { CountryTable } from "./country-table";
import { formatUtc } from "./format-utc";
import { LedgerSection } from "./ledger-section";

interface SnapshotFiguresProps {
  snapshot: StoredSnapshot;
  locale: Locale;
  origin: URL;
  /** Another campaign than the default (ADR 0054): its slug and title. */
  campaign?: { slug: string; title: string };
}

/** A snapshot's figures, its fingerprint, the JSON to check it with and a citation to copy. */
export async function SnapshotFigures({ snapshot, locale, origin, campaign }: SnapshotFiguresProps) {
  const t = await getTranslations("stats.snapshot");
  const { content } = snapshot;
  const taken = formatUtc(content.takenAt, locale);
  const permalink = new URL(snapshotPagePath(locale, snapshot.id, campaign?.slug), origin).toString();
  const jsonUrl = snapshotFilePath(snapshot.id, campaign?.slug);
  const countries = content.countries.map(({ code, count, roundedTo }) => ({ code, count, share: shareOf(count, content.confirmed), ...(typeof roundedTo === "number" ? { roundedTo } : {}) }));
  const number = new Intl.NumberFormat(locale);
  return (
    <>
      <div>
        <h1 className="text-3xl font-bold sm:text-4xl">{t("heading", { time: taken })}</h1>
        {campaign && <p className="mt-2 text-lg font-semibold">{campaign.title}</p>}
        <p className="mt-3 text-lg">{t("intro")}</p>
      </div>
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t("confirmed")}</dt>
        <dd className="text-2xl font-bold tabular-nums" data-testid="snapshot-confirmed" data-count={content.confirmed}>{number.format(content.confirmed)}</dd>
        <dt className="font-semibold">{t("goal")}</dt>
        <dd className="tabular-nums">{number.format(content.goal)}</dd>
        <dt className="font-semibold">{t("taken")}</dt>
        <dd><time dateTime={content.takenAt}>{taken} UTC</time> — {t("trigger", { trigger: content.trigger })}</dd>
        <dt className="font-semibold">{t("asOf")}</dt>
        <dd>{content.asOf ? <time dateTime={content.asOf}>{formatUtc(content.asOf, locale)} UTC</time> : "—"}</dd>
        <dt className="font-semibold">{t("hash")}</dt>
        <dd className="min-w-0"><code className="wrap-anywhere text-sm" data-testid="snapshot-hash">{snapshot.sha256}</code></dd>
      </dl>
      <p>
        <a href={jsonUrl} download={`snapshot-${snapshot.id}.json`} className="font-semibold text-blue-900 underline">
          {t("download")}
        </a>
      </p>
      <p>{t("verify")}</p>
      <section aria-labelledby="citation-heading">
        <h2 id="citation-heading" className="text-2xl font-bold">{t("citation")}</h2>
        <blockquote className="mt-3 border-l-4 border-blue-800 bg-slate-50 p-4 wrap-anywhere" data-testid="snapshot-citation">
          {campaign
            ? t("citationTextCampaign", { title: campaign.title, count: content.confirmed, time: taken, id: snapshot.id, hash: snapshot.sha256, url: permalink })
            : t("citationText", { count: content.confirmed, time: taken, id: snapshot.id, hash: snapshot.sha256, url: permalink })}
        </blockquote>
      </section>
      <CountryTable countries={countries} locale={locale} k={0} hideNote />
      <LedgerSection ledger={content.ledger} countedAt={null} locale={locale} />
      <p>
        <a href={statsPagePath(locale, campaign?.slug)} className="font-semibold text-blue-900 underline">{t("back")}</a>
      </p>
    </>
  );
}

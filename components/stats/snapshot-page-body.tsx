import { notFound } from "next/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { NotFoundError } from "@/lib/errors";
import { siteOrigin } from "@/lib/seo/page-metadata";
import { findStatsSnapshot, type StoredSnapshot } from "@/lib/stats/snapshots/find-stats-snapshot";
import { SnapshotFigures } from "./snapshot-figures";

/** A snapshot of the page's campaign; another campaign's id is not found here (404). */
async function loadSnapshot(id: string, campaignId: string): Promise<StoredSnapshot> {
  try {
    return await findStatsSnapshot(id, campaignId);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

/**
 * A citation's permalink: the frozen figures, their SHA-256 and the exact JSON to check it with.
 * The default campaign's /stats/snapshots/<id> and another's /campaigns/<slug>/stats/snapshots/<id>.
 */
interface SnapshotPageBodyProps {
  id: string;
  locale: Locale;
  /** The campaign the page belongs to: only its snapshots are found here. */
  campaignId: string;
  /** Another campaign than the default (ADR 0054): its slug and title. */
  campaign?: { slug: string; title: string };
}

export async function SnapshotPageBody({ id, locale, campaignId, campaign }: SnapshotPageBodyProps) {
  const snapshot = await loadSnapshot(id, campaignId);
  return (
    <main id="main" className="mx-auto max-w-4xl space-y-10 px-4 py-8">
      <SnapshotFigures snapshot={snapshot} locale={locale} origin={await siteOrigin()} campaign={campaign} />
    </main>
  );
}

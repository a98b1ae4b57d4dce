import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { SnapshotFigures } from "@/components/stats/snapshot-figures";
import { NotFoundError } from "@/lib/errors";
import { pageLocale } from "@/lib/i18n/page-locale";
import { isLocale } from "@/lib/i18n/routing";
import { loadPublicStats } from "@/lib/open-data/load-stats";
import { siteOrigin } from "@/lib/seo/page-metadata";
import { findStatsSnapshot, type StoredSnapshot } from "@/lib/stats/snapshots/find-stats-snapshot";

export async function generateMetadata({ params }: PageProps<"/[locale]/stats/snapshots/[id]">): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: "stats.snapshot.meta" });
  return { title: t("title"), description: t("description") };
}

async function loadSnapshot(id: string): Promise<StoredSnapshot> {
  try {
    return await findStatsSnapshot(id, (await loadPublicStats()).tallies.campaignId);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

// A citation's permalink: the frozen figures, their SHA-256 and the exact JSON to check it with.
export default async function SnapshotPage({ params }: PageProps<"/[locale]/stats/snapshots/[id]">) {
  const locale = await pageLocale(params);
  await connection();
  const { id } = await params;
  const snapshot = await loadSnapshot(id);
  return (
    <>
      <SiteHeader locale={locale} path={`/stats/snapshots/${snapshot.id}`} />
      <main id="main" className="mx-auto max-w-4xl space-y-10 px-4 py-8">
        <SnapshotFigures snapshot={snapshot} locale={locale} origin={await siteOrigin()} />
      </main>
      <SiteFooter />
    </>
  );
}

import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { publishedCountriesSql } from "./coarse/published-countries";
import { privacyThreshold } from "./coarse/privacy-threshold";
import { NotFoundError } from "@/lib/errors";

/** The public numbers of a campaign as the aggregator folded them (the map and /api/live agree). */
export interface PublicTallies {
  campaignId: string;
  slug: string;
  goal: number;
  countsFrozen: boolean;
  countsFrozenAt: Date | null;
  /** The campaign's k: no place below country level with fewer supporters is shown. */
  mapThreshold: number;
  /** max(3, mapThreshold): the step of sensitive countries' published figures. */
  privacyThreshold: number;
  /** TallyState.version: grows with every folded change; 0 before the first. */
  version: number;
  total: number;
  /** When the aggregator last changed the numbers; null before the first confirmation. */
  asOf: Date | null;
  /** When an organiser last changed the campaign (goal, freeze): published figures show both. */
  settingsChangedAt: Date;
  /**
   * Published figures by ISO code: countries with at least one confirmed supporter, exact; and
   * every sensitive country, `coarse`: a multiple of k, released late (0 = "fewer than k").
   */
  countries: PublicCountryTally[];
}

export interface PublicCountryTally {
  code: string;
  count: number;
  coarse: boolean;
}

interface Row {
  id: string;
  slug: string;
  goal: number;
  countsFrozen: boolean;
  countsFrozenAt: Date | null;
  mapThreshold: number;
  version: bigint | null;
  total: number | null;
  updatedAt: Date | null;
  settingsChangedAt: Date;
  countries: PublicCountryTally[] | null;
}

/**
 * The campaign's public settings, total and per-country tallies in one statement, so every figure is
 * from the same moment and a cache refresh costs one round trip, however many supporters.
 */
export async function readPublicTallies(slug: string): Promise<PublicTallies> {
  const [row] = await db().$queryRaw<Row[]>`
    SELECT c."id", c."slug", c."goal", c."countsFrozen", c."countsFrozenAt", c."mapThreshold", c."updatedAt" AS "settingsChangedAt", s."version", s."total", s."updatedAt",
      (SELECT json_agg(json_build_object('code', t."country", 'count', t."count", 'coarse', t."coarse") ORDER BY t."count" DESC, t."country")
         FROM ${publishedCountriesSql(Prisma.sql`= c."id"`)} t) AS "countries"
    FROM "Campaign" c LEFT JOIN "TallyState" s ON s."campaignId" = c."id"
    WHERE c."slug" = ${slug}`;
  if (!row) throw new NotFoundError(`campaign "${slug}" does not exist`);
  return {
    campaignId: row.id,
    slug: row.slug,
    goal: row.goal,
    countsFrozen: row.countsFrozen,
    countsFrozenAt: row.countsFrozenAt,
    mapThreshold: row.mapThreshold,
    privacyThreshold: privacyThreshold(row.mapThreshold),
    version: Number(row.version ?? 0),
    total: row.total ?? 0,
    asOf: row.updatedAt,
    settingsChangedAt: row.settingsChangedAt,
    countries: row.countries ?? [],
  };
}

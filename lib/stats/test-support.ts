// Helpers for the tally tests (never imported by the app): pledges written straight to the
// table, the way a bulk import or an organiser's tool would, and a listener on the tally channel.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { db } from "@/lib/db/client";
import type { PledgeStatus } from "@/lib/db/generated/enums";
import { parseTallyNotification, TALLY_CHANNEL, type TallyNotification } from "./tally-notification";

export interface TestCity {
  name: string;
  lat: number;
  lon: number;
  geonameId?: number;
}

export const WARSAW: TestCity = { name: "Warsaw", lat: 52.22977, lon: 21.01178, geonameId: 756135 };
export const KRAKOW: TestCity = { name: "Kraków", lat: 50.06143, lon: 19.93658, geonameId: 3094802 };
export const VILNIUS: TestCity = { name: "Vilnius", lat: 54.68916, lon: 25.2798, geonameId: 593116 };
export const MINSK: TestCity = { name: "Minsk", lat: 53.9, lon: 27.56667, geonameId: 625144 };

export async function insertPledge(
  campaignId: string,
  options: { status?: PledgeStatus; country?: string; city?: TestCity | null; confirmedAt?: Date } = {},
): Promise<string> {
  const status = options.status ?? "CONFIRMED";
  const city = options.city ?? null;
  const pledge = await db().pledge.create({
    data: {
      campaignId,
      status,
      emailHash: randomUUID(),
      country: options.country ?? "PL",
      cityName: city?.name ?? null,
      cityLatitude: city?.lat ?? null,
      cityLongitude: city?.lon ?? null,
      cityGeonameId: city?.geonameId ?? null,
      locale: "en",
      consentProcessing: true,
      confirmedAt: status === "CONFIRMED" ? (options.confirmedAt ?? new Date()) : null,
    },
    select: { id: true },
  });
  return pledge.id;
}

export async function queuedEvents(campaignId: string) {
  return db().tallyEvent.findMany({
    where: { campaignId },
    orderBy: { id: "asc" },
    select: { delta: true, country: true, cityKey: true, cityName: true, cityLatitude: true, cityLongitude: true, inHistory: true, occurredAt: true },
  });
}

/** A LISTEN connection of the test's own, recording every tally notification it hears. */
export async function listenToTallies(): Promise<{ heard: (TallyNotification | string)[]; nextSentinel: () => Promise<void>; close: () => Promise<void> }> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  const heard: (TallyNotification | string)[] = [];
  const waiters = new Map<string, () => void>();
  client.on("notification", (message) => {
    if (message.payload?.startsWith("sentinel:")) return waiters.get(message.payload)?.();
    heard.push(parseTallyNotification(message.payload) ?? message.payload ?? "");
  });
  await client.query(`LISTEN ${TALLY_CHANNEL}`);
  return {
    heard,
    // Notifications arrive in commit order: once our sentinel (sent now) is heard, every
    // notification committed before it has been heard too. A wait for a condition, not a sleep.
    nextSentinel: async () => {
      const sentinel = `sentinel:${randomUUID()}`;
      const arrived = new Promise<void>((resolve) => waiters.set(sentinel, resolve));
      await db().$executeRaw`SELECT pg_notify(${TALLY_CHANNEL}, ${sentinel})`;
      await arrived;
    },
    close: () => client.end(),
  };
}

/** The tallies of a campaign in a form two runs can be compared by. */
export async function tallySnapshot(campaignId: string) {
  const [countries, cities, minutes, state] = await Promise.all([
    db().countryTally.findMany({ where: { campaignId }, orderBy: { country: "asc" }, select: { country: true, count: true } }),
    db().cityTally.findMany({ where: { campaignId }, orderBy: [{ country: "asc" }, { cityKey: "asc" }], omit: { campaignId: true } }),
    db().tallyMinute.findMany({ where: { campaignId }, orderBy: { minute: "asc" }, omit: { campaignId: true } }).then((rows) =>
      // The history as published: sensitive countries' coarse releases count as added or removed.
      rows.map(({ minute, added, removed, coarseAdded, coarseRemoved }) => ({ minute, added: added + coarseAdded, removed: removed + coarseRemoved })),
    ),
    db().tallyState.findUnique({ where: { campaignId }, select: { total: true } }),
  ]);
  return { countries, cities, minutes, total: state?.total ?? 0 };
}

/** The campaign the public routes serve in tests (CAMPAIGN_SLUG), created on first use. */
export async function currentTestCampaign() {
  const slug = process.env.CAMPAIGN_SLUG ?? "test-campaign";
  return db().campaign.upsert({ where: { slug }, create: { slug, title: "Test campaign", goal: 100 }, update: {}, select: { id: true, slug: true } });
}

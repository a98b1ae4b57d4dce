// Helpers for the tally tests: the queued tally events, a listener on the tally channel and the
// tallies in a comparable form. Pledges come from tests/factories/pledge.ts.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { db } from "@/lib/db/client";
import { parseTallyNotification, TALLY_CHANNEL, type TallyNotification } from "@/lib/stats/tally-notification";

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

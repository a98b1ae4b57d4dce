import "server-only";
import { processSingleton } from "@/lib/lifecycle/process-singleton";
import type { HistoryRange } from "./history-range";
import { readHistory, readHistoryStart, type HistoryPoint } from "./read-history";

const MAX_ENTRIES = 64;

interface Tallied {
  campaignId: string;
  version: number;
}

// History only changes when the tallies' version does (and when a new empty hour or day
// begins), so results are kept per version and forgotten as soon as it moves. Bounded: a crawler
// asking for every range cannot grow it.
interface Entries {
  key: string;
  starts: Map<string, Promise<Date | null>>;
  ranges: Map<string, Promise<HistoryPoint[]>>;
}
const history = processSingleton<Entries | null>("history-cache", () => null);

function entriesFor(tallies: Tallied): Entries {
  const key = `${tallies.campaignId}|${tallies.version}`;
  let entries = history.get();
  if (entries?.key !== key) {
    entries = { key, starts: new Map(), ranges: new Map() };
    history.set(entries);
  }
  return entries;
}

function remember<T>(map: Map<string, Promise<T>>, key: string, load: () => Promise<T>): Promise<T> {
  let value = map.get(key);
  if (!value) {
    if (map.size >= MAX_ENTRIES) map.clear();
    value = load();
    // A failure is not kept: the next request asks again.
    value.catch(() => map.delete(key));
    map.set(key, value);
  }
  return value;
}

export function cachedHistoryStart(tallies: Tallied): Promise<Date | null> {
  return remember(entriesFor(tallies).starts, "start", () => readHistoryStart(tallies.campaignId));
}

export function cachedHistory(tallies: Tallied, range: HistoryRange, now: Date): Promise<HistoryPoint[]> {
  const hour = Math.floor(now.getTime() / 3_600_000);
  const key = `${range.granularity}|${range.from.toISOString()}|${range.until.toISOString()}|${hour}`;
  return remember(entriesFor(tallies).ranges, key, () => readHistory(tallies.campaignId, range, now));
}

import type { TallySnapshot } from "@/lib/stats/tally-notification";

// The text/event-stream frames of the live endpoint (https://html.spec.whatwg.org/#server-sent-events).

/** Browsers wait this long before reconnecting after the stream ends. */
export const RETRY_FRAME = "retry: 5000\n\n";
/** A comment: keeps proxies and load balancers from closing an idle stream. */
export const KEEP_ALIVE_FRAME = ": keep-alive\n\n";
/** Sent on shutdown: the client should reconnect now (to another instance), not after a timeout. */
export const RECONNECT_FRAME = "event: reconnect\ndata: {}\n\n";

/**
 * The campaign's new total and every country's count. The id is the version, so a reconnecting
 * EventSource sends it back as Last-Event-ID. Map clients refetch /api/map?v=<version>, which
 * applies the privacy rules (k-anonymity, sensitive countries) in one place.
 */
export function tallyFrame(snapshot: TallySnapshot): string {
  const data = JSON.stringify({ version: snapshot.version, total: snapshot.total, countries: snapshot.countries });
  return `id: ${snapshot.version}\nevent: tally\ndata: ${data}\n\n`;
}

/** The version a reconnecting client last saw, or undefined for a fresh one. */
export function parseLastEventId(header: string | null): number | undefined {
  if (!header || !/^\d{1,15}$/.test(header.trim())) return undefined;
  return Number(header.trim());
}

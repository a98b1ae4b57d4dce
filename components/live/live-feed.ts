/** How often a page whose stream was refused asks for the count instead. */
export const POLL_INTERVAL_MS = 15_000;

/**
 * The live tallies for a page: the /api/live stream, or, when the server refuses it (429: the
 * reader's network already holds many streams, lib/live/live-connection-cap.ts), the count from
 * /api/v1/stats.json every 15 s. `onTally` gets each tally's JSON text either way (the poll
 * sends `{ version, total }`, which is all the pages read). Returns the function that stops it.
 * A stream that merely drops reconnects by itself (EventSource); only one the browser gave up
 * on (an error status) falls back to polling. `campaignSlug` names a campaign other than the
 * default one (ADR 0054): its own stream and figures, never the default campaign's.
 */
export function openLiveFeed(onTally: (data: string) => void, campaignSlug?: string): () => void {
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const query = campaignSlug ? `?${new URLSearchParams({ campaign: campaignSlug })}` : "";
  const statsPath = campaignSlug ? `/api/v1/campaigns/${encodeURIComponent(campaignSlug)}/stats.json` : "/api/v1/stats.json";
  const source = new EventSource(`/api/live${query}`);
  source.addEventListener("tally", (event) => onTally((event as MessageEvent<string>).data));
  source.addEventListener("error", () => {
    if (source.readyState === EventSource.CLOSED && !stopped && timer === undefined) void poll();
  });

  async function poll() {
    try {
      const response = await fetch(statsPath, { cache: "no-store" });
      if (response.ok) {
        const stats = (await response.json()) as { version?: unknown; confirmed?: unknown };
        if (!stopped && typeof stats.version === "number" && typeof stats.confirmed === "number") {
          onTally(JSON.stringify({ version: stats.version, total: stats.confirmed }));
        }
      }
    } catch {
      // Offline for a moment: the next poll tries again.
    }
    if (!stopped) timer = setTimeout(() => void poll(), POLL_INTERVAL_MS);
  }

  return () => {
    stopped = true;
    clearTimeout(timer);
    source.close();
  };
}

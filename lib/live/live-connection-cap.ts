import "server-only";

// How many live streams (/api/live) one network may hold open on this instance. A stream costs
// a socket and a subscriber for as long as the reader stays, so one host could otherwise open
// them until the instance runs out. The cap is per network (its keyed hash: no address is
// kept) and generous: on 4 August a square's Wi-Fi puts hundreds of honest readers behind one
// address. Refused readers poll /api/v1/stats.json instead (components/live/live-feed.ts).
// Per instance, in memory: a stream lives on one instance, so that is where it costs.

const openByNetwork = new Map<string, number>();

/** Takes one of `network`'s places; returns its release (idempotent), or null when all are taken. */
export function admitLiveConnection(network: string, cap: number): (() => void) | null {
  const open = openByNetwork.get(network) ?? 0;
  if (open >= cap) return null;
  openByNetwork.set(network, open + 1);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    const left = (openByNetwork.get(network) ?? 1) - 1;
    if (left > 0) openByNetwork.set(network, left);
    else openByNetwork.delete(network);
  };
}

/** Streams open per network right now (tests and diagnostics). */
export function openLiveConnections(network: string): number {
  return openByNetwork.get(network) ?? 0;
}

/** `stream`, calling `release` once when it ends, fails or its reader cancels it. */
export function releasingWhenDone(stream: ReadableStream<Uint8Array>, release: () => void): ReadableStream<Uint8Array> {
  const reader = stream.getReader();
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          const { done, value } = await reader.read();
          if (done) {
            release();
            controller.close();
          } else controller.enqueue(value);
        } catch (error) {
          release();
          controller.error(error);
        }
      },
      cancel(reason) {
        release();
        return reader.cancel(reason);
      },
    },
    { highWaterMark: 0 },
  );
}

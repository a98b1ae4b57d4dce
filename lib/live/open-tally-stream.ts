import "server-only";
import type { TallyHub } from "./tally-hub";
import { parseLastEventId, RETRY_FRAME } from "./sse-frames";

// Frames a client has not read yet (a stalled connection): past this many we drop it; its browser
// reconnects with Last-Event-ID and gets the latest state, instead of us buffering every event.
const MAX_UNREAD_FRAMES = 32;

export const SSE_HEADERS = {
  "Content-Type": "text/event-stream; charset=utf-8",
  // no-transform: a compressing proxy would otherwise buffer the stream.
  "Cache-Control": "no-cache, no-transform",
  // nginx (and others that honour it) must pass each event through at once.
  "X-Accel-Buffering": "no",
  Connection: "keep-alive",
} as const;

/**
 * The body of one live stream: `retry`, then the campaign's tally events from `hub` until the
 * client goes away (request aborted or body cancelled) or the hub closes. Every way out releases
 * the subscription, so nothing outlives the connection.
 */
export function openTallyStream(hub: TallyHub, campaignId: string, request: Request): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let finish = () => {};
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        let open = true;
        let unsubscribe = () => {};
        finish = () => {
          if (!open) return;
          open = false;
          request.signal.removeEventListener("abort", finish);
          unsubscribe();
          try {
            controller.close();
          } catch {
            // Already closed or errored by the runtime.
          }
        };
        controller.enqueue(encoder.encode(RETRY_FRAME));
        request.signal.addEventListener("abort", finish);
        if (request.signal.aborted) return finish();
        unsubscribe = hub.subscribe(
          {
            campaignId,
            send: (frame) => {
              if (!open) throw new Error("stream closed");
              if ((controller.desiredSize ?? 0) < -MAX_UNREAD_FRAMES) {
                finish();
                throw new Error("client is not reading");
              }
              controller.enqueue(encoder.encode(frame));
            },
            close: () => finish(),
          },
          parseLastEventId(request.headers.get("last-event-id")),
        );
        // subscribe() may have closed us at once (hub shutting down).
        if (!open) unsubscribe();
      },
      cancel() {
        finish();
      },
    },
    new CountQueuingStrategy({ highWaterMark: 1 }),
  );
}

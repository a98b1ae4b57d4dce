// Helpers for the live tests (never imported by the app): a subscriber that records what the
// hub sends it, and a reader for a text/event-stream response body. Both wait for conditions.
import type { LiveSubscriber } from "@/lib/live/tally-hub";

export interface SseEvent {
  event?: string;
  id?: string;
  data?: string;
  comment?: string;
  retry?: string;
  at: number;
}

export function parseFrame(frame: string): Omit<SseEvent, "at"> {
  const event: Omit<SseEvent, "at"> = {};
  for (const line of frame.split("\n")) {
    if (line.startsWith(":")) event.comment = line.slice(1).trim();
    else {
      const [field, ...rest] = line.split(":");
      const value = rest.join(":").trimStart();
      if (field === "event" || field === "id" || field === "data" || field === "retry") event[field] = value;
    }
  }
  return event;
}

/** Collects events and resolves `waitFor` as soon as one matching arrives (or fails at the deadline). */
export class EventLog {
  readonly events: SseEvent[] = [];
  private wake: (() => void)[] = [];

  push(frame: string): void {
    this.events.push({ ...parseFrame(frame), at: Date.now() });
    for (const resolve of this.wake.splice(0)) resolve();
  }

  tallies(): (SseEvent & { total: number; version: number })[] {
    return this.events.filter((event) => event.event === "tally").map((event) => ({ ...event, ...(JSON.parse(event.data ?? "{}") as { total: number; version: number }) }));
  }

  async waitFor(predicate: (event: SseEvent) => boolean, timeoutMs = 10_000): Promise<SseEvent> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.events.find(predicate);
      if (found) return found;
      if (Date.now() >= deadline) throw new Error(`no matching event within ${timeoutMs} ms; got ${JSON.stringify(this.events)}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, deadline - Date.now());
        this.wake.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }
}

export function recordingSubscriber(campaignId: string): LiveSubscriber & { log: EventLog; closed: boolean } {
  const log = new EventLog();
  const subscriber = { campaignId, log, closed: false, send: (frame: string) => log.push(frame), close: () => void (subscriber.closed = true) };
  return subscriber;
}

/** Reads a text/event-stream body into `log` until it ends; resolves when it has ended. */
export async function readStream(body: ReadableStream<Uint8Array>, log: EventLog): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      buffer += decoder.decode(value, { stream: true });
      let end: number;
      while ((end = buffer.indexOf("\n\n")) >= 0) {
        log.push(buffer.slice(0, end));
        buffer = buffer.slice(end + 2);
      }
    }
  } catch {
    // Aborted by the test: the stream simply ends.
  } finally {
    reader.releaseLock();
  }
}

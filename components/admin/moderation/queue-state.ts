// Client-safe: how one decision changes a message in the list before the server has answered
// (the server's answer then confirms it or puts it back), and which decisions apply.
import type { QueueItem } from "@/lib/moderation/list-moderation-queue";
import type { ModerationDecision, SeenState } from "@/lib/moderation/moderation-schemas";

export function seenStateOf(item: Pick<QueueItem, "status">): SeenState {
  return item.status === "PENDING" || item.status === "HELD" ? "open" : item.status;
}

export function isWaiting(item: Pick<QueueItem, "status">): boolean {
  return seenStateOf(item) === "open";
}

export function decisionsFor(item: Pick<QueueItem, "status" | "featured">): ModerationDecision[] {
  const seen = seenStateOf(item);
  if (seen === "open") return ["approve", "feature", "reject"];
  if (seen === "REJECTED") return ["approve"];
  return item.featured ? ["unfeature", "reject"] : ["feature", "reject"];
}

export function decidedLocally<Item extends QueueItem>(item: Item, decision: ModerationDecision, rejectReason: string | null): Item {
  const decided = { ...item, moderatedBy: "you", moderatedAt: new Date().toISOString() };
  if (decision === "reject") return { ...decided, status: "REJECTED", featured: false, rejectReason };
  if (decision === "unfeature") return { ...decided, featured: false };
  return { ...decided, status: "APPROVED", featured: decision === "feature", rejectReason: null };
}

/** The item to select after acting on `index`: the next waiting one below, else above, else the next. */
export function nextSelection(items: readonly Pick<QueueItem, "status">[], index: number): number {
  const below = items.findIndex((item, at) => at > index && isWaiting(item));
  if (below !== -1) return below;
  const above = items.findIndex((item) => isWaiting(item));
  if (above !== -1) return above;
  return Math.min(index + 1, items.length - 1);
}

/** True when a key press goes to a text field (shortcuts must never eat typed letters). */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !["checkbox", "radio", "button", "submit", "reset"].includes(target.type);
}

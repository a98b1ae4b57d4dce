// Client-safe: the queue's filters, read from the page's query string (plain GET forms, so they
// work without JavaScript and can be bookmarked or shared with a colleague).
import { isHeldReason, type HeldReason } from "./held-reasons";

export const QUEUE_STATUSES = ["open", "HELD", "PENDING", "APPROVED", "featured", "REJECTED", "all"] as const;
export type QueueStatus = (typeof QUEUE_STATUSES)[number];

export const QUEUE_PAGE_SIZE = 50;

export interface QueueFilter {
  status: QueueStatus;
  language?: string;
  country?: string;
  reason?: HeldReason;
  search?: string;
  /** One pledge's message, whatever its status: where the audit log links to. */
  pledge?: string;
  page: number;
}

type Query = Record<string, string | string[] | undefined>;

const one = (value: string | string[] | undefined) => (typeof value === "string" ? value.trim() : "");

export function parseQueueFilter(query: Query): QueueFilter {
  const status = one(query.status);
  const language = one(query.language).toLowerCase();
  const country = one(query.country).toUpperCase();
  const reason = one(query.reason);
  const search = one(query.q).slice(0, 100);
  const pledge = one(query.pledge).toLowerCase();
  const page = Number.parseInt(one(query.page), 10);
  return {
    status: (QUEUE_STATUSES as readonly string[]).includes(status) ? (status as QueueStatus) : "open",
    ...(/^[a-z]{2,3}(-[a-z0-9]{2,8})?$/.test(language) ? { language } : {}),
    ...(/^[A-Z]{2}$/.test(country) ? { country } : {}),
    ...(isHeldReason(reason) ? { reason } : {}),
    ...(search ? { search } : {}),
    ...(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(pledge) ? { pledge } : {}),
    page: Number.isSafeInteger(page) && page > 0 ? Math.min(page, 10_000) : 1,
  };
}

/** The query string for `filter` (defaults left out), e.g. to link to another page of it. */
export function queueQuery(filter: QueueFilter, changes: Partial<QueueFilter> = {}): string {
  const merged = { ...filter, ...changes };
  const params = new URLSearchParams();
  if (merged.status !== "open") params.set("status", merged.status);
  if (merged.language) params.set("language", merged.language);
  if (merged.country) params.set("country", merged.country);
  if (merged.reason) params.set("reason", merged.reason);
  if (merged.search) params.set("q", merged.search);
  if (merged.pledge) params.set("pledge", merged.pledge);
  if (merged.page > 1) params.set("page", String(merged.page));
  const query = params.toString();
  return query ? `?${query}` : "";
}

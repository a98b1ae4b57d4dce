import { gzipSync } from "node:zlib";
import type { CachePolicy } from "./cache-policy";

// Rendered public pages kept in memory for a few seconds (docs/decisions/0051-…). A news link
// brings thousands of readers a minute to pages that are the same for all of them; rendering
// each one cost ~25 ms of CPU, answering from here costs about what a static file does. Each
// copy is one whole render by Next — HTML and headers together, so the Content-Security-Policy
// nonce in the header is the one on the page's scripts — and is never edited.
//
// A key is rendered once at a time however many readers ask; a copy being read is renewed in the
// background from half its period on, so a busy page is replaced before it expires (readers of a
// page nobody read for a while wait for its render); a failed render never replaces a good copy. Shared caches in front may serve a copy stale
// while they fetch a new one (stale-while-revalidate in the header); this one does not, so the
// server-rendered numbers it answers are never older than the freshness period.

/** What Next answered for a page, as received. */
export interface RenderedPage {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

export interface CachedPage {
  headers: [string, string | string[]][];
  body: Buffer;
  gzipped: Buffer;
  renderedAt: number;
}

/** Renders the page of a key (by asking Next for it); rejects when Next cannot be reached. */
export type RenderPage = (key: string) => Promise<RenderedPage>;

// Not stored: connection details, framing and encoding (recomputed when served) and the caching
// headers this cache sets itself.
const NOT_STORED = new Set(["connection", "keep-alive", "transfer-encoding", "date", "content-length", "content-encoding", "cache-control", "age"]);

export function isStorable(page: RenderedPage): boolean {
  const type = String(page.headers["content-type"] ?? "");
  // A page that sets a cookie is someone's page, not everyone's.
  return page.status === 200 && type.startsWith("text/html") && page.headers["set-cookie"] === undefined;
}

/** Share of the freshness period after which a copy being read is rendered again. */
const REFRESH_AHEAD = 0.5;

export class PageCache {
  private readonly pages = new Map<string, CachedPage>();
  private readonly rendering = new Map<string, Promise<CachedPage | null>>();
  private readonly failedAt = new Map<string, number>();
  private invalidatedAt = 0;
  private pendingInvalidation: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly options: { policy: CachePolicy; render: RenderPage; maxPages?: number; now?: () => number; onRenderError?: (key: string, error: unknown) => void },
  ) {}

  private now(): number {
    return this.options.now?.() ?? Date.now();
  }

  /**
   * The copy to answer `key` with, rendering it first when there is none younger than the
   * freshness period; null when Next did not give a page everyone may share (the caller then
   * lets Next answer the reader itself). Readers never get a copy older than the period from us
   * while Next renders: past it, those who ask wait for the one render. Only when that render
   * fails does the old copy stand in (up to stale-if-error), and the next attempt waits a
   * period, so readers are not each made to wait for a failure.
   */
  async lookup(key: string): Promise<CachedPage | null> {
    const { freshSeconds, staleIfErrorSeconds } = this.options.policy;
    const page = this.pages.get(key);
    const now = this.now();
    const failed = this.failedAt.get(key);
    const failedRecently = failed !== undefined && now - failed < freshSeconds * 1000;
    // Nothing to stand in and Next just failed: let Next answer this reader (one render, not two).
    if (!page) return failedRecently ? null : this.rerender(key);
    const age = (now - page.renderedAt) / 1000;
    if (age < freshSeconds && page.renderedAt > this.invalidatedAt) {
      // Renewed ahead of time, in the background: readers of a busy page never wait for its
      // render (a home page render under load takes longer than a second).
      if (age >= freshSeconds * REFRESH_AHEAD) void this.rerender(key);
      return page;
    }
    if (age >= freshSeconds + staleIfErrorSeconds) {
      this.pages.delete(key);
      return this.rerender(key);
    }
    if (failedRecently) return page;
    return (await this.rerender(key)) ?? page;
  }

  /**
   * Every copy held now is rendered again before it is served (an organiser changed what pages
   * show). At most once a second takes effect at once; more often, once at the end of that second.
   */
  invalidate(): void {
    const now = this.now();
    if (now - this.invalidatedAt >= 1000) {
      this.invalidatedAt = now;
      return;
    }
    this.pendingInvalidation ??= setTimeout(() => {
      this.pendingInvalidation = undefined;
      this.invalidatedAt = this.now();
    }, this.invalidatedAt + 1000 - now);
    this.pendingInvalidation.unref?.();
  }

  /** How many pages are held (for tests and the bench). */
  get size(): number {
    return this.pages.size;
  }

  private rerender(key: string): Promise<CachedPage | null> {
    let pending = this.rendering.get(key);
    if (!pending) {
      pending = this.renderAndStore(key).finally(() => this.rendering.delete(key));
      this.rendering.set(key, pending);
    }
    return pending;
  }

  private async renderAndStore(key: string): Promise<CachedPage | null> {
    const startedAt = this.now();
    let rendered: RenderedPage;
    try {
      rendered = await this.options.render(key);
    } catch (error) {
      this.options.onRenderError?.(key, error);
      this.failedAt.set(key, this.now());
      return null;
    }
    if (!isStorable(rendered)) {
      // Bounded like the pages: many distinct failing keys (the database down, a crawler
      // walking page numbers) must not grow it without end.
      if (this.failedAt.size >= (this.options.maxPages ?? 500)) this.failedAt.clear();
      this.failedAt.set(key, this.now());
      return null;
    }
    const headers = Object.entries(rendered.headers).filter((entry): entry is [string, string | string[]] => entry[1] !== undefined && !NOT_STORED.has(entry[0].toLowerCase()));
    // The render's age counts from when it was asked for: its numbers are at least that old.
    const page: CachedPage = { headers, body: rendered.body, gzipped: gzipSync(rendered.body), renderedAt: startedAt };
    this.failedAt.delete(key);
    this.pages.delete(key);
    this.pages.set(key, page);
    const maxPages = this.options.maxPages ?? 500;
    while (this.pages.size > maxPages) this.pages.delete(this.pages.keys().next().value!);
    return page;
  }
}

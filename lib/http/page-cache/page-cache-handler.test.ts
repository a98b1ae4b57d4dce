import http from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_CACHE_POLICY } from "./cache-policy";
import { PageCache } from "./page-cache";
import { FILL_HEADER, pageCacheHandler, renderThroughServer } from "./page-cache-handler";

// A real server with the page cache in front of a stand-in for Next that renders a page with a
// fresh nonce each time, as proxy.ts + Next do: the cache must hand out whole renders (header and
// page from the same one), render once per period however many ask, and keep a good copy
// through failed renders.

interface Stand {
  origin: string;
  renders: { url: string; fill: boolean }[];
  clock: { now: number };
  nextAnswer: { status: number; cookie?: boolean };
  server: http.Server;
}

const servers: http.Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

async function startStand(): Promise<Stand> {
  const clock = { now: Date.now() };
  const renders: Stand["renders"] = [];
  const nextAnswer: Stand["nextAnswer"] = { status: 200 };
  let count = 0;
  const next = (request: http.IncomingMessage, response: http.ServerResponse) => {
    // Readers send x-reader; the cache's own render requests do not (their fill header is taken off).
    renders.push({ url: request.url!, fill: request.headers["x-reader"] === undefined });
    const nonce = `nonce${++count}`;
    response.statusCode = nextAnswer.status;
    response.setHeader("Content-Type", "text/html; charset=utf-8");
    response.setHeader("Content-Security-Policy", `script-src 'nonce-${nonce}' 'strict-dynamic'`);
    response.setHeader("Cache-Control", "private, no-cache, no-store, max-age=0, must-revalidate");
    response.setHeader("Vary", "rsc, next-router-state-tree, next-router-prefetch");
    if (nextAnswer.cookie) response.setHeader("Set-Cookie", "a=b");
    response.end(`<html><body>${request.headers.host} ${request.url}<script nonce="${nonce}">go()</script></body></html>`);
  };
  const server = http.createServer();
  servers.push(server);
  const token = "secret-token";
  const self: { address?: AddressInfo } = {};
  const cache = new PageCache({ policy: DEFAULT_CACHE_POLICY, render: (key) => renderThroughServer({ host: "127.0.0.1", port: self.address!.port }, token)(key), now: () => clock.now });
  server.on(
    "request",
    pageCacheHandler({ cache, policy: DEFAULT_CACHE_POLICY, next, originFor: (host) => (host === "mirror.example" ? "http://mirror.example" : "http://main.example"), locales: ["en"], fillToken: token, now: () => clock.now }),
  );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  self.address = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${self.address.port}`, renders, clock, nextAnswer, server };
}

function get(url: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { "x-reader": "1", ...headers } }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }));
      })
      .on("error", reject);
  });
}

function post(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: "POST", headers: { "x-reader": "1" } }, (response) => {
      response.resume();
      response.on("end", () => resolve(response.statusCode!));
    });
    request.on("error", reject);
    request.end("x=1");
  });
}

const nonceOf = (csp: string | undefined) => /'nonce-([^']+)'/.exec(csp ?? "")?.[1];

describe("pageCacheHandler", () => {
  it("renders a public page once for many readers, each copy with its own render's nonce in header and page", async () => {
    const stand = await startStand();
    const answers = await Promise.all(Array.from({ length: 20 }, () => get(`${stand.origin}/en`)));
    expect(stand.renders).toEqual([{ url: "/en", fill: true }]);
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(answer.headers["cache-control"]).toBe("public, max-age=0, s-maxage=5, stale-while-revalidate=30, stale-if-error=86400");
      expect(answer.headers.vary).toBe("rsc, next-router-state-tree, next-router-prefetch, Accept-Encoding");
      expect(answer.headers["set-cookie"]).toBeUndefined();
      const nonce = nonceOf(String(answer.headers["content-security-policy"]));
      expect(answer.body.toString()).toContain(`<script nonce="${nonce}">`);
    }
  });

  it("answers gzip to readers who accept it, the same page", async () => {
    const stand = await startStand();
    const plain = await get(`${stand.origin}/en/map`);
    const zipped = await get(`${stand.origin}/en/map`, { "accept-encoding": "br, gzip" });
    expect(zipped.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(zipped.body).toString()).toBe(plain.body.toString());
  });

  it("keeps each site address apart", async () => {
    const stand = await startStand();
    const main = await get(`${stand.origin}/en`);
    const mirror = await get(`${stand.origin}/en`, { host: "mirror.example" });
    // An address not in the list (127.0.0.1 here) gets the main address's page, rendered as it.
    expect(main.body.toString()).toContain("main.example /en");
    expect(mirror.body.toString()).toContain("mirror.example /en");
    expect(stand.renders).toHaveLength(2);
  });

  it("after the period, readers wait for one new render, never getting a copy older than the period", async () => {
    const stand = await startStand();
    const first = await get(`${stand.origin}/en/stats`);
    stand.clock.now += 6_000;
    const after = await Promise.all(Array.from({ length: 10 }, () => get(`${stand.origin}/en/stats`)));
    expect(stand.renders).toHaveLength(2);
    for (const answer of after) {
      expect(answer.headers["content-security-policy"]).not.toBe(first.headers["content-security-policy"]);
      expect(answer.headers.age).toBe("0");
    }
  });

  it("renews a page being read in the background before it expires, so its readers do not wait", async () => {
    const stand = await startStand();
    const first = await get(`${stand.origin}/en`);
    stand.clock.now += 1_000;
    await get(`${stand.origin}/en`);
    expect(stand.renders).toHaveLength(1);
    stand.clock.now += 2_000;
    const ahead = await get(`${stand.origin}/en`);
    // Still the copy in hand (3 s old, within the period), while the next one renders.
    expect(ahead.headers["content-security-policy"]).toBe(first.headers["content-security-policy"]);
    expect(ahead.headers.age).toBe("3");
    await expect.poll(() => stand.renders.length).toBe(2);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const renewed = await get(`${stand.origin}/en`);
    expect(renewed.headers["content-security-policy"]).not.toBe(first.headers["content-security-policy"]);
    expect(renewed.headers.age).toBe("0");
  });

  it("renders again after an organiser's change on this instance, not after a refused one", async () => {
    const stand = await startStand();
    await get(`${stand.origin}/en/messages`);
    stand.nextAnswer.status = 403;
    await post(`${stand.origin}/admin/moderation`);
    stand.nextAnswer.status = 200;
    await get(`${stand.origin}/en/messages`);
    expect(stand.renders.filter((render) => render.fill)).toHaveLength(1);
    await post(`${stand.origin}/admin/moderation`);
    stand.clock.now += 1_000;
    await get(`${stand.origin}/en/messages`);
    expect(stand.renders.filter((render) => render.fill)).toHaveLength(2);
  });

  it("keeps the last good copy while renders fail (the database is down), and says it is old", async () => {
    const stand = await startStand();
    const good = await get(`${stand.origin}/en`);
    stand.nextAnswer.status = 500;
    stand.clock.now += 3_600_000;
    const during = await get(`${stand.origin}/en`);
    expect(during.status).toBe(200);
    expect(during.body.toString()).toBe(good.body.toString());
    expect(Number(during.headers.age)).toBe(3600);
    // One failed render, not one per reader.
    await get(`${stand.origin}/en`);
    expect(stand.renders.filter((render) => render.fill)).toHaveLength(2);
  });

  it("with no copy while Next fails, lets Next answer each reader itself, without rendering twice for each", async () => {
    const stand = await startStand();
    stand.nextAnswer.status = 500;
    expect((await get(`${stand.origin}/en`)).status).toBe(500);
    expect((await get(`${stand.origin}/en`)).status).toBe(500);
    expect(stand.renders).toEqual([
      { url: "/en", fill: true },
      { url: "/en", fill: false },
      { url: "/en", fill: false },
    ]);
  });

  it("lets Next answer, unchanged, what it would not let everyone share", async () => {
    const stand = await startStand();
    stand.nextAnswer.status = 404;
    const missing = await get(`${stand.origin}/en/privacy`);
    expect(missing.status).toBe(404);
    expect(missing.headers["cache-control"]).toContain("no-store");
    stand.nextAnswer.status = 200;
    stand.nextAnswer.cookie = true;
    const withCookie = await get(`${stand.origin}/en/about`);
    expect(withCookie.headers["cache-control"]).toContain("no-store");
  });

  it("passes personal pages, API answers and RSC requests straight to Next", async () => {
    const stand = await startStand();
    for (const [url, headers] of [["/en/confirm/abc", {}], ["/api/v1/stats.json", {}], ["/en", { rsc: "1" }]] as const) {
      const answer = await get(`${stand.origin}${url}`, headers);
      expect(answer.headers["cache-control"], url).toBe("private, no-cache, no-store, max-age=0, must-revalidate");
    }
    expect(stand.renders.every((render) => !render.fill)).toBe(true);
  });

  it("does not let a reader force a render with a made-up fill header, nor pass it on", async () => {
    const stand = await startStand();
    await get(`${stand.origin}/en`);
    await get(`${stand.origin}/en`, { [FILL_HEADER]: "guess" });
    expect(stand.renders).toEqual([{ url: "/en", fill: true }]);
    await get(`${stand.origin}/en/confirm/x`, { [FILL_HEADER]: "guess" });
    expect(stand.renders[1]).toEqual({ url: "/en/confirm/x", fill: false });
  });
});

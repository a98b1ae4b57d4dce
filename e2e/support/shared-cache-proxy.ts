import http from "node:http";
import type { AddressInfo } from "node:net";

// A small shared cache in front of the app, as a CDN or nginx's proxy_cache would be
// (docs/OPERATIONS.md shows the nginx recipe): it keeps a GET answer only when the answer says
// `public, s-maxage=N`, sets no cookie and is not private; keys it on Host, URL and the request
// headers named in Vary; serves it stale while fetching a new copy (stale-while-revalidate) and
// while the origin fails (stale-if-error). Everything else is streamed through untouched, so the
// live stream works behind it. Used by e2e/page-cache.spec.ts to prove the reading path can be
// served without reaching Next.

interface Stored {
  status: number;
  headers: http.OutgoingHttpHeaders;
  body: Buffer;
  /** When the copy was made, minus the Age the origin gave it (ms). */
  bornAt: number;
  sMaxAge: number;
  staleWhileRevalidate: number;
  staleIfError: number;
}

export interface SharedCacheProxy {
  origin: string;
  /** Requests that reached the origin, by path. */
  originRequests: string[];
  /** Moves the proxy's clock on, so a test need not wait for a copy to grow old. */
  advanceClock: (seconds: number) => void;
  /** Points the proxy at another origin (a dead port: the app is down). */
  setUpstream: (upstream: string) => void;
  close: () => Promise<void>;
}

const HOP_BY_HOP = new Set(["connection", "keep-alive", "transfer-encoding", "upgrade", "proxy-connection"]);

function directive(cacheControl: string, name: string): number | null {
  const match = new RegExp(`(?:^|,)\\s*${name}=(\\d+)`).exec(cacheControl);
  return match ? Number(match[1]) : null;
}

function storable(response: http.IncomingMessage): Omit<Stored, "body" | "bornAt" | "headers" | "status"> | null {
  const cacheControl = String(response.headers["cache-control"] ?? "");
  const sMaxAge = directive(cacheControl, "s-maxage");
  if (response.statusCode !== 200 || sMaxAge === null || !/\bpublic\b/.test(cacheControl) || /\b(private|no-store)\b/.test(cacheControl)) return null;
  if (response.headers["set-cookie"] !== undefined) return null;
  return { sMaxAge, staleWhileRevalidate: directive(cacheControl, "stale-while-revalidate") ?? 0, staleIfError: directive(cacheControl, "stale-if-error") ?? 0 };
}

export async function startSharedCacheProxy(initialUpstream: string): Promise<SharedCacheProxy> {
  let upstream = new URL(initialUpstream);
  let clockOffset = 0;
  const now = () => Date.now() + clockOffset;
  const originRequests: string[] = [];
  const store = new Map<string, Stored>();
  const varyByUrl = new Map<string, string[]>();
  const keyOf = (request: http.IncomingMessage) => {
    const base = `${request.headers.host} ${request.url}`;
    const vary = varyByUrl.get(base) ?? [];
    return [base, ...vary.map((name) => `${name}=${String(request.headers[name] ?? "")}`)].join("\n");
  };

  /** Asks the origin; stores a shareable answer and returns it, or streams any other answer to `reply`. */
  function fetchFromOrigin(request: http.IncomingMessage, reply: http.ServerResponse | null, staleCopyUsable = false): Promise<Stored | "streamed"> {
    return new Promise((resolve, reject) => {
      originRequests.push(request.url ?? "");
      const headers = Object.fromEntries(Object.entries(request.headers).filter(([name]) => !HOP_BY_HOP.has(name)));
      const outgoing = http.request({ host: upstream.hostname, port: upstream.port, method: request.method, path: request.url, headers }, (response) => {
        const policy = request.method === "GET" ? storable(response) : null;
        if ((response.statusCode ?? 500) >= 500 && staleCopyUsable) {
          response.resume();
          return reject(new Error(`origin answered ${response.statusCode}`));
        }
        if (!policy) {
          if (!reply) {
            response.resume();
            return reject(new Error(`origin answered ${response.statusCode} without a shareable copy`));
          }
          reply.writeHead(response.statusCode ?? 502, response.headers);
          response.pipe(reply);
          return resolve("streamed");
        }
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("error", reject);
        response.on("end", () => {
          const base = `${request.headers.host} ${request.url}`;
          varyByUrl.set(
            base,
            String(response.headers.vary ?? "")
              .split(",")
              .map((name) => name.trim().toLowerCase())
              .filter(Boolean),
          );
          const stored: Stored = {
            status: 200,
            headers: Object.fromEntries(Object.entries(response.headers).filter(([name]) => !HOP_BY_HOP.has(name) && name !== "age" && name !== "date")),
            body: Buffer.concat(chunks),
            bornAt: now() - Number(response.headers.age ?? 0) * 1000,
            ...policy,
          };
          store.set(keyOf(request), stored);
          resolve(stored);
        });
      });
      outgoing.on("error", reject);
      request.pipe(outgoing);
    });
  }

  const send = (request: http.IncomingMessage, reply: http.ServerResponse, stored: Stored, cacheStatus: string) => {
    reply.writeHead(stored.status, { ...stored.headers, age: String(Math.floor((now() - stored.bornAt) / 1000)), "x-shared-cache": cacheStatus });
    reply.end(request.method === "HEAD" ? undefined : stored.body);
  };

  const server = http.createServer((request, reply) => {
    const stored = request.method === "GET" || request.method === "HEAD" ? store.get(keyOf(request)) : undefined;
    const age = stored ? (now() - stored.bornAt) / 1000 : Infinity;
    if (stored && age < stored.sMaxAge) return send(request, reply, stored, "HIT");
    if (stored && age < stored.sMaxAge + stored.staleWhileRevalidate) {
      fetchFromOrigin(request, null).catch(() => {});
      return send(request, reply, stored, "STALE");
    }
    fetchFromOrigin(request, reply, Boolean(stored && age < stored.sMaxAge + stored.staleIfError)).then(
      (fresh) => {
        if (fresh !== "streamed") send(request, reply, fresh, "MISS");
      },
      () => {
        if (stored && age < stored.sMaxAge + stored.staleIfError) return send(request, reply, stored, "STALE-IF-ERROR");
        reply.writeHead(502).end();
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    originRequests,
    advanceClock: (seconds) => {
      clockOffset += seconds * 1000;
    },
    setUpstream: (next) => {
      upstream = new URL(next);
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

// The production web server: Next's own request handler (the same as `next start`), with the
// public-page cache in front of it (lib/http/page-cache/, docs/decisions/0051-…). Started by
// `npm start` (scripts/start.ts), the e2e server and the bench, so all three measure and test
// what production runs. Usage: node --import tsx scripts/serve-next.ts --port 3000 [--hostname h]
// PAGE_CACHE_SECONDS: how long a rendered public page is served (default 5; 0 turns it off).
import { randomBytes } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import next from "next";
import { originForHost } from "@/lib/http/site-origins";
import { cachePolicyFrom } from "@/lib/http/page-cache/cache-policy";
import { PageCache } from "@/lib/http/page-cache/page-cache";
import { pageCacheHandler, renderThroughServer } from "@/lib/http/page-cache/page-cache-handler";
import { routing } from "@/lib/i18n/routing";

function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? undefined : process.argv[index + 1];
}

const port = Number(option("port") ?? process.env.PORT ?? 3000);
const hostname = option("hostname");
const log = (line: string) => console.log(`[serve] ${line}`);

async function main() {
  const policy = cachePolicyFrom(process.env.PAGE_CACHE_SECONDS);
  const server = http.createServer();
  const app = next({ dev: false, dir: process.cwd(), hostname: hostname ?? "localhost", port, httpServer: server });
  await app.prepare();
  const handleWithNext = app.getRequestHandler();
  const fillToken = randomBytes(24).toString("base64url");
  // The cache renders a page by asking this server for it, so it needs the address we listen on.
  const self: { address?: { host: string; port: number } } = {};
  const cache = policy
    ? new PageCache({
        policy,
        render: (key) => renderThroughServer(self.address!, fillToken)(key),
        onRenderError: (key, error) => console.error(`[serve] could not render ${key}: ${error instanceof Error ? error.message : String(error)}`),
      })
    : null;
  const handler = cache && policy
    ? pageCacheHandler({
        cache,
        policy,
        next: (request, response) => handleWithNext(request, response),
        originFor: (host) => originForHost(host),
        locales: routing.locales,
        fillToken,
      })
    : (request: http.IncomingMessage, response: http.ServerResponse) => handleWithNext(request, response);
  server.on("request", (request, response) => {
    void Promise.resolve(handler(request, response)).catch((error: unknown) => {
      console.error("[serve] request failed:", error);
      if (!response.headersSent) response.statusCode = 500;
      response.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(port, hostname, resolve));
  const address = server.address() as AddressInfo;
  // Over loopback when we listen on every interface.
  self.address = { host: ["0.0.0.0", "::"].includes(address.address) ? "127.0.0.1" : address.address, port: address.port };
  log(`ready on ${hostname ?? "every interface"}:${address.port}, public pages ${policy ? `cached for ${policy.freshSeconds} s` : "not cached"}`);

  // As `next start`: stop taking connections, let in-flight requests finish, then exit.
  let stopping = false;
  const stop = (code: number) => {
    if (stopping) return;
    stopping = true;
    server.close(() => void app.close().finally(() => process.exit(code)));
  };
  process.on("SIGTERM", () => stop(143));
  process.on("SIGINT", () => stop(130));
}

main().catch((error: unknown) => {
  console.error(`[serve] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});

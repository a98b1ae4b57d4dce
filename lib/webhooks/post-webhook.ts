import "server-only";
import { lookup, type LookupAddress } from "node:dns";
import { request as httpRequest, type IncomingMessage } from "node:http";
import { request as httpsRequest } from "node:https";
import { isIP, type LookupFunction } from "node:net";
import { privateTargetsAllowed } from "./check-webhook-url";
import { isPrivateAddress } from "./private-address";

/** A receiver gets this long for the whole exchange (connect, send, answer). */
export const DELIVERY_TIMEOUT_MS = 10_000;

export interface PostOutcome {
  /** The receiver's HTTP status; null when there was none. */
  status: number | null;
  /** Why it failed, in a few words for the delivery log; null on 2xx. */
  error: string | null;
  durationMs: number;
}

/**
 * One POST of a signed body. Node's own http(s) client rather than fetch: its `lookup` hook sees
 * the address a host name resolves to before connecting, so in production a public name that
 * resolves to a private address (DNS rebinding) is refused at the moment it matters. Redirects
 * are not followed (they count as failures): a receiver cannot bounce us into the internal network.
 */
export function postWebhook(
  url: string,
  body: string,
  headers: Record<string, string>,
  { timeoutMs = DELIVERY_TIMEOUT_MS, allowPrivate = privateTargetsAllowed() }: { timeoutMs?: number; allowPrivate?: boolean } = {},
): Promise<PostOutcome> {
  const started = Date.now();
  const target = new URL(url);
  const done = (status: number | null, error: string | null): PostOutcome => ({ status, error, durationMs: Date.now() - started });
  const literal = target.hostname.replace(/^\[|\]$/g, "");
  if (!allowPrivate && isIP(literal) && isPrivateAddress(literal)) return Promise.resolve(done(null, "refused: private network address"));

  return new Promise((resolve) => {
    let settled = false;
    const finish = (outcome: PostOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(outcome);
    };
    const send = target.protocol === "https:" ? httpsRequest : httpRequest;
    const request = send(
      target,
      {
        method: "POST",
        headers: { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(body), "User-Agent": "SolidarityPledge-Webhooks/1", ...headers },
        lookup: allowPrivate ? undefined : publicOnlyLookup,
        agent: false,
      },
      (response: IncomingMessage) => {
        // The answer's body is not needed; read (and drop) it so the socket closes cleanly.
        response.on("data", () => {});
        response.on("end", () => {
          const status = response.statusCode ?? null;
          finish(done(status, status !== null && status >= 200 && status < 300 ? null : `HTTP ${status}`));
        });
        response.on("error", (error) => finish(done(response.statusCode ?? null, shortError(error))));
      },
    );
    const timer = setTimeout(() => {
      finish(done(null, `timed out after ${timeoutMs / 1000} s`));
      request.destroy();
    }, timeoutMs);
    request.on("error", (error) => finish(done(null, shortError(error))));
    request.end(body);
  });
}

const publicOnlyLookup: LookupFunction = (hostname, options, callback) => {
  lookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
    if (error) return callback(error, "", 4);
    const refused = addresses.find((entry) => isPrivateAddress(entry.address));
    if (refused || addresses.length === 0) return callback(new Error("refused: private network address"), "", 4);
    if (options.all) return (callback as unknown as (error: null, addresses: LookupAddress[]) => void)(null, addresses);
    callback(null, addresses[0]!.address, addresses[0]!.family);
  });
};

function shortError(error: Error): string {
  const code = (error as NodeJS.ErrnoException).code;
  return (code ? `${code}: ${error.message}` : error.message).slice(0, 300);
}

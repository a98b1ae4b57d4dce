import { createHmac, timingSafeEqual } from "node:crypto";

// The signature scheme of docs/WEBHOOKS.md, in one place for the sender and for tests (and as a
// receiver's reference): HMAC-SHA256 under the endpoint's secret over "<timestamp>.<body>", the
// timestamp in Unix seconds. Signing the timestamp with the body lets a receiver refuse replays
// older than the window without keeping every delivery id forever.

export const SIGNATURE_HEADER = "Solidarity-Signature";
export const TIMESTAMP_HEADER = "Solidarity-Timestamp";
export const DELIVERY_HEADER = "Solidarity-Delivery";
/** How old a signed timestamp a receiver should accept (docs/WEBHOOKS.md). */
export const REPLAY_WINDOW_SECONDS = 300;

export function webhookSignature(secret: string, timestamp: number, body: string): string {
  return createHmac("sha256", secret).update(`${timestamp}.${body}`, "utf8").digest("hex");
}

/** The two signing headers for `body` sent at `now`. */
export function signatureHeaders(secret: string, body: string, now = new Date()): Record<string, string> {
  const timestamp = Math.floor(now.getTime() / 1000);
  return { [TIMESTAMP_HEADER]: String(timestamp), [SIGNATURE_HEADER]: `v1=${webhookSignature(secret, timestamp, body)}` };
}

/**
 * What a receiver does: true when one of the header's v1 signatures matches and the timestamp is
 * within the replay window of `now` (either side, for clock skew). Compares in constant time.
 */
export function verifyWebhookSignature(secret: string, headers: { timestamp: string | undefined; signature: string | undefined }, body: string, now = new Date()): boolean {
  const timestamp = Number(headers.timestamp);
  if (!headers.timestamp || !/^\d+$/.test(headers.timestamp) || Math.abs(now.getTime() / 1000 - timestamp) > REPLAY_WINDOW_SECONDS) return false;
  const expected = Buffer.from(webhookSignature(secret, timestamp, body), "hex");
  return (headers.signature ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter((part) => part.startsWith("v1="))
    .some((part) => {
      const given = Buffer.from(part.slice(3), "hex");
      return given.length === expected.length && timingSafeEqual(given, expected);
    });
}

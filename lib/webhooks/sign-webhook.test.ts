import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { signatureHeaders, verifyWebhookSignature } from "./sign-webhook";

describe("webhook signatures", () => {
  const secret = "whsec_test-secret";
  const body = '[{"id":"e1","type":"webhook.test"}]';
  const sentAt = new Date("2026-08-04T10:00:00Z");

  it("is HMAC-SHA256 over timestamp.body, as docs/WEBHOOKS.md tells receivers", () => {
    const headers = signatureHeaders(secret, body, sentAt);
    expect(headers["Solidarity-Timestamp"]).toBe("1785837600");
    const expected = createHmac("sha256", secret).update(`1785837600.${body}`).digest("hex");
    expect(headers["Solidarity-Signature"]).toBe(`v1=${expected}`);
  });

  it("verifies within the replay window only, and any one of several v1 signatures", () => {
    const headers = signatureHeaders(secret, body, sentAt);
    const given = { timestamp: headers["Solidarity-Timestamp"], signature: `v1=${"0".repeat(64)}, ${headers["Solidarity-Signature"]}` };
    expect(verifyWebhookSignature(secret, given, body, new Date(sentAt.getTime() + 299_000))).toBe(true);
    expect(verifyWebhookSignature(secret, given, body, new Date(sentAt.getTime() + 301_000))).toBe(false);
    expect(verifyWebhookSignature(secret, { ...given, timestamp: "1785837601" }, body, sentAt)).toBe(false);
    expect(verifyWebhookSignature(secret, { timestamp: undefined, signature: given.signature }, body, sentAt)).toBe(false);
  });
});

import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { DecryptionError } from "@/lib/errors";
import { decryptField, encryptField } from "./encryption";

const key = randomBytes(32);

describe("encryptField / decryptField", () => {
  it("round-trips text in any script", () => {
    for (const text of ["Anna Kowalska", "Алесь Бяляцкі", "王小明", "😀 emoji", ""]) {
      expect(decryptField(encryptField(text, key, "pledge.name"), key, "pledge.name")).toBe(text);
    }
  });

  it("never stores the plaintext and never repeats a ciphertext", () => {
    const a = encryptField("anna@example.org", key, "pledge.email");
    const b = encryptField("anna@example.org", key, "pledge.email");
    expect(a).not.toContain("anna");
    expect(a).toMatch(/^v1\.[A-Za-z0-9_-]+$/);
    expect(a).not.toBe(b);
  });

  it("fails with the wrong key", () => {
    const envelope = encryptField("secret", key, "pledge.name");
    expect(() => decryptField(envelope, randomBytes(32), "pledge.name")).toThrow(DecryptionError);
  });

  it("fails when a ciphertext is moved to another field", () => {
    const envelope = encryptField("secret", key, "pledge.name");
    expect(() => decryptField(envelope, key, "pledge.email")).toThrow(DecryptionError);
  });

  it("fails on tampered or malformed envelopes", () => {
    const envelope = encryptField("secret", key, "pledge.name");
    const body = Buffer.from(envelope.slice(3), "base64url");
    body[body.length - 1]! ^= 0x01;
    expect(() => decryptField(`v1.${body.toString("base64url")}`, key, "pledge.name")).toThrow(DecryptionError);
    expect(() => decryptField("v2.abc", key, "pledge.name")).toThrow(DecryptionError);
    expect(() => decryptField("v1.abc", key, "pledge.name")).toThrow(DecryptionError);
  });

  it("refuses keys that are not 256 bits", () => {
    expect(() => encryptField("x", randomBytes(16), "pledge.name")).toThrow(/32-byte key/);
  });
});

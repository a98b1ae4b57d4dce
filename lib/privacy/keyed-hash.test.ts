import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { keyedHash } from "./keyed-hash";
import { normaliseEmail } from "./normalise-email";

const key = randomBytes(32);

describe("normaliseEmail", () => {
  it("ignores case and surrounding white space", () => {
    expect(normaliseEmail("  Anna.Kowalska@Example.ORG \n")).toBe("anna.kowalska@example.org");
  });

  it("treats composed and decomposed Unicode as the same address", () => {
    expect(normaliseEmail("jose\u0301@example.org")).toBe(normaliseEmail("jos\u00e9@example.org"));
  });

  it("keeps addresses that differ in content apart", () => {
    expect(normaliseEmail("anna@example.org")).not.toBe(normaliseEmail("anna2@example.org"));
  });
});

describe("keyedHash", () => {
  it("is stable for the same input and key", () => {
    expect(keyedHash("anna@example.org", key, "email")).toBe(keyedHash("anna@example.org", key, "email"));
  });

  it("depends on the key and the purpose", () => {
    const hash = keyedHash("anna@example.org", key, "email");
    expect(keyedHash("anna@example.org", randomBytes(32), "email")).not.toBe(hash);
    expect(keyedHash("anna@example.org", key, "network")).not.toBe(hash);
  });

  it("does not reveal the input", () => {
    expect(keyedHash("anna@example.org", key, "email")).not.toContain("anna");
  });

  it("refuses short keys", () => {
    expect(() => keyedHash("x", randomBytes(8), "email")).toThrow();
  });
});

import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { canonicalJson, sha256Hex } from "./canonical-json";

describe("canonical JSON", () => {
  it("sorts keys at every level, keeps array order and adds no whitespace", () => {
    expect(canonicalJson({ b: 1, a: { d: [3, 1, { z: null, y: true }], c: "x" } })).toBe('{"a":{"c":"x","d":[3,1,{"y":true,"z":null}]},"b":1}');
  });

  it("escapes strings as JSON does and keeps non-ASCII text as UTF-8", () => {
    expect(canonicalJson({ reason: 'дубль "x"\n' })).toBe('{"reason":"дубль \\"x\\"\\n"}');
    expect(sha256Hex("Беларусь")).toBe(createHash("sha256").update(Buffer.from("Беларусь", "utf8")).digest("hex"));
  });

  it("refuses numbers whose text would differ between languages", () => {
    expect(() => canonicalJson({ share: 0.25 })).toThrow(/integers only/);
    expect(() => canonicalJson({ n: Number.NaN })).toThrow(/integers only/);
  });
});

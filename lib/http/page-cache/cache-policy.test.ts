import { describe, expect, it } from "vitest";
import { cachePolicyFrom, DEFAULT_CACHE_POLICY, publicCacheControl } from "./cache-policy";

describe("cachePolicyFrom", () => {
  it("defaults to a few seconds, and 0 turns the cache off", () => {
    expect(cachePolicyFrom(undefined)).toEqual(DEFAULT_CACHE_POLICY);
    expect(cachePolicyFrom(" ")).toEqual(DEFAULT_CACHE_POLICY);
    expect(cachePolicyFrom("0")).toBeNull();
    expect(cachePolicyFrom("12")?.freshSeconds).toBe(12);
  });

  it("refuses anything but whole seconds, naming the setting", () => {
    expect(() => cachePolicyFrom("5s")).toThrow(/PAGE_CACHE_SECONDS/);
    expect(() => cachePolicyFrom("-1")).toThrow(/PAGE_CACHE_SECONDS/);
  });
});

describe("publicCacheControl", () => {
  it("lets shared caches keep a page, serve it stale while renewing or while we fail, and browsers keep nothing", () => {
    expect(publicCacheControl(DEFAULT_CACHE_POLICY)).toBe("public, max-age=0, s-maxage=5, stale-while-revalidate=30, stale-if-error=86400");
  });
});

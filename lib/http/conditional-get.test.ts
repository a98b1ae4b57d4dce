import { describe, expect, it } from "vitest";
import { isNotModified } from "./conditional-get";

const request = (headers: Record<string, string>) => new Request("http://localhost/x", { headers });
const validators = { etag: '"abc"', lastModified: new Date("2026-08-04T15:30:00.750Z") };

describe("conditional GET", () => {
  it("matches If-None-Match weakly, in lists and with *", () => {
    for (const header of ['"abc"', 'W/"abc"', '"x", "abc"', "*"]) expect(isNotModified(request({ "If-None-Match": header }), validators)).toBe(true);
    expect(isNotModified(request({ "If-None-Match": '"other"' }), validators)).toBe(false);
  });

  it("compares If-Modified-Since at the second, and only without If-None-Match", () => {
    expect(isNotModified(request({ "If-Modified-Since": "Tue, 04 Aug 2026 15:30:00 GMT" }), validators)).toBe(true);
    expect(isNotModified(request({ "If-Modified-Since": "Tue, 04 Aug 2026 15:29:59 GMT" }), validators)).toBe(false);
    expect(isNotModified(request({ "If-Modified-Since": "not a date" }), validators)).toBe(false);
    expect(isNotModified(request({ "If-None-Match": '"other"', "If-Modified-Since": "Tue, 04 Aug 2026 15:30:00 GMT" }), validators)).toBe(false);
    expect(isNotModified(request({ "If-Modified-Since": "Tue, 04 Aug 2026 15:30:00 GMT" }), { etag: '"abc"', lastModified: null })).toBe(false);
  });
});

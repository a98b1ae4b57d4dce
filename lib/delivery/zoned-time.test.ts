import { describe, expect, it } from "vitest";
import { utcToZonedInput, zonedTimeToUtc } from "./zoned-time";

describe("zoned times", () => {
  it("turns a wall-clock time in a zone into UTC and back", () => {
    expect(zonedTimeToUtc("2026-08-04T10:00", "Europe/Vilnius").toISOString()).toBe("2026-08-04T07:00:00.000Z");
    expect(zonedTimeToUtc("2026-08-04T10:00", "Europe/Minsk").toISOString()).toBe("2026-08-04T07:00:00.000Z");
    expect(zonedTimeToUtc("2026-01-04T10:00", "Europe/Berlin").toISOString()).toBe("2026-01-04T09:00:00.000Z");
    expect(zonedTimeToUtc("2026-08-04T10:00", "UTC").toISOString()).toBe("2026-08-04T10:00:00.000Z");
    expect(utcToZonedInput(new Date("2026-08-04T07:00:00Z"), "Europe/Vilnius")).toBe("2026-08-04T10:00");
  });
});

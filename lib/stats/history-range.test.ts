import { describe, expect, it } from "vitest";
import { parseHistoryRange } from "./history-range";

const now = new Date("2026-08-04T15:30:00Z");
const parse = (query: string, earliest: Date | null = new Date("2026-07-01T08:00:00Z")) => parseHistoryRange(new URLSearchParams(query), now, earliest);

describe("history ranges", () => {
  it("default to per day, from the first recorded day through today", () => {
    expect(parse("")).toEqual({ granularity: "day", from: new Date("2026-07-01T00:00:00Z"), until: new Date("2026-08-05T00:00:00Z") });
  });

  it("take both dates as included UTC days", () => {
    expect(parse("granularity=hour&from=2026-08-01&to=2026-08-02")).toEqual({
      granularity: "hour",
      from: new Date("2026-08-01T00:00:00Z"),
      until: new Date("2026-08-03T00:00:00Z"),
    });
  });

  it("limit an open-ended hourly history to the longest range", () => {
    expect(parse("granularity=hour", new Date("2025-01-01T00:00:00Z"))).toMatchObject({ from: new Date("2026-07-05T00:00:00Z") });
  });

  it("name the parameter that is wrong", () => {
    expect(parse("granularity=minute")).toMatchObject({ field: "granularity" });
    expect(parse("from=2026-02-30")).toMatchObject({ field: "from" });
    expect(parse("to=04.08.2026")).toMatchObject({ field: "to" });
    expect(parse("from=2026-08-05&to=2026-08-01")).toMatchObject({ field: "from", message: "from must not be after to" });
    expect(parse("granularity=hour&from=2026-01-01&to=2026-08-01")).toMatchObject({ message: "an hourly history covers at most 31 days" });
  });
});

import { describe, expect, it } from "vitest";
import { formatAdminDate, formatAdminDateTime, formatAdminTime, formatAdminTimestamp } from "./admin-format";

describe("admin dates and times (UTC)", () => {
  const at = new Date("2026-08-04T10:02:30Z");

  it("keeps the English output organisers already know", () => {
    expect(formatAdminDateTime("en", at)).toBe("2026-08-04 10:02 UTC");
    expect(formatAdminDate("en", at.toISOString())).toBe("2026-08-04");
  });

  it("writes the day first in Belarusian and Russian", () => {
    expect(formatAdminDateTime("be", at)).toBe("04.08.2026, 10:02 UTC");
    expect(formatAdminDateTime("ru", "2026-12-31T23:59:00Z")).toBe("31.12.2026, 23:59 UTC");
    expect(formatAdminTime(at)).toBe("10:02");
  });

  it("gives the audit log its seconds, the same way round", () => {
    expect(formatAdminTimestamp("en", at)).toBe("2026-08-04 10:02:30");
    expect(formatAdminTimestamp("ru", at)).toBe("04.08.2026, 10:02:30");
  });
});

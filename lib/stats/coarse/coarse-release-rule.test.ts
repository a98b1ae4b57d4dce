import { describe, expect, it } from "vitest";
import { nextCoarseFigure, RELEASE_DELAY_MAX_MS, RELEASE_DELAY_MIN_MS, roundDownToStep } from "./coarse-release-rule";

const k = 5;
const now = new Date("2026-08-04T10:00:00Z");
const minutes = (n: number) => new Date(now.getTime() + n * 60_000);

describe("nextCoarseFigure", () => {
  it("publishes nothing while the true count is fewer than k away from the published figure", () => {
    for (const trueCount of [6, 9, 14, 11]) {
      expect(nextCoarseFigure({ trueCount, published: 10, releaseAt: null }, k, now, () => 0.5)).toEqual({ published: 10, releaseAt: null });
    }
  });

  it("schedules a due change 15 to 90 minutes ahead, by the random number, without publishing it", () => {
    expect(nextCoarseFigure({ trueCount: 15, published: 10, releaseAt: null }, k, now, () => 0)).toEqual({ published: 10, releaseAt: new Date(now.getTime() + RELEASE_DELAY_MIN_MS) });
    const latest = nextCoarseFigure({ trueCount: 15, published: 10, releaseAt: null }, k, now, () => 0.999999).releaseAt!;
    expect(latest.getTime()).toBeLessThan(now.getTime() + RELEASE_DELAY_MAX_MS);
    expect(latest.getTime()).toBeGreaterThan(now.getTime() + RELEASE_DELAY_MAX_MS - 60_000);
  });

  it("keeps the scheduled moment however many more join, then publishes the count of that moment rounded down", () => {
    const scheduled = { published: 10, releaseAt: minutes(40) };
    expect(nextCoarseFigure({ ...scheduled, trueCount: 23 }, k, minutes(39), () => 0)).toEqual(scheduled);
    expect(nextCoarseFigure({ ...scheduled, trueCount: 23 }, k, minutes(40), () => 0)).toEqual({ published: 20, releaseAt: null });
  });

  it("publishes a fall of k or more the same way, and drops a change that fell back below k before its moment", () => {
    expect(nextCoarseFigure({ trueCount: 4, published: 10, releaseAt: minutes(-1) }, k, now, () => 0)).toEqual({ published: 0, releaseAt: null });
    expect(nextCoarseFigure({ trueCount: 12, published: 10, releaseAt: minutes(-1) }, k, now, () => 0)).toEqual({ published: 10, releaseAt: null });
  });
});

describe("roundDownToStep", () => {
  it("rounds down to a multiple of k, and never below 0", () => {
    expect([0, 4, 5, 9, 10, -3].map((count) => roundDownToStep(count, k))).toEqual([0, 0, 5, 5, 10, 0]);
  });
});

import { describe, expect, it } from "vitest";
import { milestonesCrossed } from "./milestones";

describe("milestonesCrossed", () => {
  it("finds the 1–2.5–5 steps and the goal a rise passed, once each, smallest first", () => {
    expect(milestonesCrossed(99, 101, null)).toEqual([100]);
    expect(milestonesCrossed(90, 1_100, 700)).toEqual([100, 250, 500, 700, 1_000]);
    expect(milestonesCrossed(999, 1_000, 1_000)).toEqual([1_000]);
    expect(milestonesCrossed(1_000, 2_400, null)).toEqual([]);
    expect(milestonesCrossed(24_999, 25_000, null)).toEqual([25_000]);
  });

  it("reports nothing when the total stays or falls", () => {
    expect(milestonesCrossed(101, 101, 101)).toEqual([]);
    expect(milestonesCrossed(120, 80, 100)).toEqual([]);
  });
});

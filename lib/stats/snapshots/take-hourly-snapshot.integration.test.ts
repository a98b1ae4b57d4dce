import { parseCrontab } from "graphile-worker";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { crontab } from "@/lib/jobs/crontab";
import { taskList } from "@/lib/jobs/task-list";
import { currentTestCampaign } from "@/tests/factories/campaign";

afterAll(() => db().$disconnect());

describe("the hourly snapshot", () => {
  it("is scheduled at the top of every hour for a task the worker knows", () => {
    const [item] = parseCrontab(crontab).filter((entry) => entry.identifier === "take_hourly_stats_snapshot");
    expect(item).toMatchObject({ task: "take_hourly_stats_snapshot", options: { backfillPeriod: 2 * 3_600_000 } });
    const schedule = (item?.match as { parsedCronMatch?: { minutes: number[]; hours: number[] } } | undefined)?.parsedCronMatch;
    expect(schedule?.minutes).toEqual([0]);
    expect(schedule?.hours).toHaveLength(24);
    expect(taskList).toHaveProperty("take_hourly_stats_snapshot");
  });

  it("stores an hourly snapshot of the current campaign when the job runs", async () => {
    const campaign = await currentTestCampaign();
    const before = await db().statsSnapshot.count({ where: { campaignId: campaign.id, trigger: "HOURLY" } });
    const task = taskList.take_hourly_stats_snapshot!;
    await (task as (payload: unknown, helpers: unknown) => Promise<void>)({}, {});
    expect(await db().statsSnapshot.count({ where: { campaignId: campaign.id, trigger: "HOURLY" } })).toBe(before + 1);
  });
});

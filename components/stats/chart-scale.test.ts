import { readFileSync } from "node:fs";
import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { chartDateNames } from "@/lib/i18n/chart-date-names";
import { bucketLabel, chartSteps, tickLabel, timeWindow } from "./chart-scale";

const DAY = chartSteps.day;
const HOUR = chartSteps.hour;
const august4 = Date.UTC(2026, 7, 4) / 1000;

describe("timeWindow", () => {
  // Issue #15: one day of history was drawn from Feb 2027 to Aug 2029.
  it("shows a week around a single day and half a day around a single hour", () => {
    expect(timeWindow([august4], DAY)).toEqual([august4 - 3 * DAY, august4 + 3 * DAY]);
    expect(timeWindow([august4], HOUR)).toEqual([august4 - 6 * HOUR, august4 + 6 * HOUR]);
  });

  it("keeps several points off the edges by half a bucket", () => {
    expect(timeWindow([august4, august4 + DAY, august4 + 2 * DAY], DAY)).toEqual([august4 - DAY / 2, august4 + 2.5 * DAY]);
  });
});

describe("tickLabel and bucketLabel", () => {
  it("write English dates the British way with a 24-hour clock", () => {
    const names = chartDateNames("en");
    expect(tickLabel(august4, DAY, names)).toBe("4 Aug");
    expect(tickLabel(august4 + 15 * HOUR, HOUR, names)).toBe("15:00");
    expect(tickLabel(august4, HOUR, names)).toBe("4 Aug\n00:00");
    expect(tickLabel(august4, 30 * DAY, names)).toBe("Aug 2026");
    expect(bucketLabel(august4 + 15 * HOUR, HOUR, names)).toBe("4 Aug 2026, 15:00 UTC");
    expect(bucketLabel(august4, DAY, names)).toBe("4 Aug 2026");
  });

  it("write Belarusian and Russian month names from the server's data, not the browser's", () => {
    expect(tickLabel(august4, DAY, chartDateNames("be"))).toBe("4 жні");
    expect(tickLabel(august4, DAY, chartDateNames("ru"))).toBe("4 авг.");
    expect(bucketLabel(august4, DAY, chartDateNames("ru"))).toBe("4 авг. 2026\u202fг.");
  });
});

describe("the history table's caption", () => {
  const caption = (locale: string, granularity: string, rows: number) => {
    const messages = JSON.parse(readFileSync(`messages/${locale}/stats.json`, "utf8"));
    return new IntlMessageFormat(messages.stats.history.caption, locale).format({ granularity, rows });
  };

  it.each([
    ["en", "day", 1, "Confirmations per day, the last day"],
    ["en", "hour", 48, "Confirmations per hour, last 48 hours"],
    ["ru", "day", 1, "Подтверждения по дням за последний 1 день"],
    ["ru", "day", 3, "Подтверждения по дням за последние 3 дня"],
    ["ru", "hour", 25, "Подтверждения по часам за последние 25 часов"],
    ["be", "day", 21, "Пацвярджэнні па днях за апошні 21 дзень"],
    ["be", "day", 31, "Пацвярджэнні па днях за апошні 31 дзень"],
    ["be", "hour", 48, "Пацвярджэнні па гадзінах за апошнія 48 гадзін"],
    ["be", "hour", 2, "Пацвярджэнні па гадзінах за апошнія 2 гадзіны"],
  ])("%s, %s, %i rows: %s", (locale, granularity, rows, text) => {
    expect(caption(locale, granularity, rows)).toBe(text);
  });
});

import { NextIntlClientProvider } from "next-intl";
import { createElement, type ComponentProps, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { loadMessages } from "@/lib/i18n/load-messages";
import { LiveMapProvider } from "./map-data-context";
import type { CountryNames, MapView } from "./map-view";
import { SupporterPicture } from "./supporter-picture";
import { SupporterTable } from "./supporter-table";
import { projectLatitude, projectLongitude } from "./world-projection";

// What the server sends before any script runs: the picture of the map (decision 0055) and the
// table beside it, as a reader without JavaScript sees them.

const names: CountryNames = { CZ: "Czechia", PL: "Poland", BY: "Belarus" };
const view = (countries: MapView["countries"], total: number): MapView => ({ version: 7, asOf: null, total, countries, cities: [] });

async function render(locale: "en" | "be", node: ReactNode): Promise<string> {
  const messages = await loadMessages(locale);
  return renderToStaticMarkup(createElement(NextIntlClientProvider, { locale, messages, timeZone: "UTC" } as ComponentProps<typeof NextIntlClientProvider>, node));
}

describe("the picture of the map", () => {
  it("draws one circle per placed country, biggest first, at its point, named with its count", async () => {
    const data = view(
      [
        { code: "CZ", count: 6, lat: 49.8, lon: 15.5 },
        { code: "PL", count: 1_250, lat: 52, lon: 19 },
        { code: "BY", count: 40, lat: null, lon: null },
      ],
      1_296,
    );
    const html = await render("en", createElement(SupporterPicture, { data, names }));
    expect(html).toContain('role="img" aria-label="Map of supporters by country. The table lists the same numbers."');
    expect(html).toContain('<image href="/api/map/world.svg"');
    const circles = [...html.matchAll(/<circle data-key="([^"]+)" cx="([\d.]+)" cy="([\d.]+)" r="([\d.]+)"[^>]*><title>([^<]+)<\/title><\/circle>/g)];
    // Belarus has no point of its own here (no centroid): it is in the table, not on the picture.
    expect(circles.map(([, key]) => key)).toEqual(["country:PL", "country:CZ"]);
    expect(circles.map(([, , , , , title]) => title)).toEqual(["Poland: 1,250 supporters", "Czechia: 6 supporters"]);
    const [poland, czechia] = circles;
    expect(Number(czechia![2])).toBeCloseTo(projectLongitude(15.5), 1);
    expect(Number(czechia![3])).toBeCloseTo(projectLatitude(49.8), 1);
    expect(Number(poland![4])).toBeGreaterThan(Number(czechia![4]));
  });

  it("speaks the page's language", async () => {
    const html = await render("be", createElement(SupporterPicture, { data: view([{ code: "CZ", count: 5, lat: 49.8, lon: 15.5 }], 5), names: { CZ: "Чэхія" } }));
    expect(html).toContain('aria-label="Мапа прыхільнікаў па краінах. Тыя ж лічбы ёсць у табліцы."');
    expect(html).toContain("<title>Чэхія: 5 прыхільнікаў</title>");
  });
});

describe("the table beside the map", () => {
  const table = (data: MapView) => render("en", createElement(LiveMapProvider, { initial: data, names } as ComponentProps<typeof LiveMapProvider>, createElement(SupporterTable)));

  it("says there is nobody yet only when nobody has confirmed", async () => {
    expect(await table(view([], 0))).toContain("No confirmed supporters yet.");
  });

  it("says why no country is listed when supporters are counted but each country has fewer than k", async () => {
    const html = await table(view([], 10));
    expect(html).not.toContain("No confirmed supporters yet.");
    expect(html).toContain("No country has enough supporters to be shown yet; they all count in the total.");
  });
});

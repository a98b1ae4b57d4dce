import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/places/route";

// The route handler lives in app/, whose files Vitest does not collect; it is tested here, beside
// the gazetteer it serves.

function get(query: string): Response {
  return GET(new Request(`http://localhost/api/places?${query}`));
}

describe("GET /api/places", () => {
  it("answers with names and ids only, cacheable for a day", async () => {
    const response = get("country=PL&q=kra");
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toMatch(/^application\/json/);
    expect(response.headers.get("Cache-Control")).toBe("public, max-age=86400, s-maxage=86400, stale-while-revalidate=604800");
    const body = (await response.json()) as { places: Record<string, unknown>[] };
    expect(body.places[0]).toEqual({ id: 3094802, name: "Kraków" });
    expect(body.places.length).toBeLessThanOrEqual(8);
    for (const place of body.places) expect(Object.keys(place).sort()).toEqual(["id", "name"]);
  });

  it("understands Cyrillic queries and lower-case country codes", async () => {
    const body = (await get(`country=by&q=${encodeURIComponent("мінск")}`).json()) as { places: { name: string }[] };
    expect(body.places[0]?.name).toBe("Minsk");
  });

  it("answers an empty list for a query too short to search", async () => {
    const response = get("country=PL&q=k");
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ places: [] });
  });

  it.each([
    ["q=kra", /country parameter is required/],
    ["country=XX&q=kra", /two-letter ISO 3166-1 code/],
    ["country=Poland&q=kra", /two-letter ISO 3166-1 code/],
    ["country=PL", /q parameter is required/],
    [`country=PL&q=${"a".repeat(101)}`, /at most 100 characters/],
  ])("refuses %s with 400 and a clear message", async (query, message) => {
    const response = get(query);
    expect(response.status).toBe(400);
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    const body = (await response.json()) as { error: string };
    expect(body.error).toMatch(message);
  });
});

import { z } from "zod";
import { isCountryCode } from "@/lib/geo/country-codes";
import { searchPlaces } from "@/lib/geo/gazetteer";

// City suggestions for the pledge form. Names and ids only: coordinates stay on the server, which
// resolves the submitted text itself, so this endpoint says nothing a place-name list would not.
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const QUERY_MAX = 100;
const SUGGESTIONS = 8;

const querySchema = z.object({
  country: z
    .string({ error: "The country parameter is required (a two-letter ISO code such as PL)." })
    .trim()
    .toUpperCase()
    .refine(isCountryCode, { error: "The country parameter must be a two-letter ISO 3166-1 code such as PL." }),
  q: z
    .string({ error: "The q parameter is required (the beginning of a place name)." })
    .max(QUERY_MAX, { error: `The q parameter can be at most ${QUERY_MAX} characters.` }),
});

// The gazetteer is static, so answers may be cached anywhere for a day, and served stale for a week.
const CACHEABLE = "public, max-age=86400, s-maxage=86400, stale-while-revalidate=604800";

export function GET(request: Request): Response {
  const params = new URL(request.url).searchParams;
  const parsed = querySchema.safeParse({ country: params.get("country") ?? undefined, q: params.get("q") ?? undefined });
  if (!parsed.success) {
    const error = parsed.error.issues.map((issue) => issue.message).join(" ");
    return Response.json({ error }, { status: 400, headers: { "Cache-Control": "no-store", "Content-Type": "application/json" } });
  }
  const places = searchPlaces(parsed.data.country, parsed.data.q, SUGGESTIONS).map(({ id, name }) => ({ id, name }));
  return Response.json({ places }, { headers: { "Cache-Control": CACHEABLE, "Content-Type": "application/json" } });
}

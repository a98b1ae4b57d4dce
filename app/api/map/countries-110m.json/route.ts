import { countryShapesResponse } from "@/components/map/country-shapes";

// Simplified country borders (Natural Earth 1:110m) for the supporter map's first view of the
// world, served from our own origin: no tile server may see our visitors.
export const runtime = "nodejs";

export function GET(): Promise<Response> {
  return countryShapesResponse("110m");
}

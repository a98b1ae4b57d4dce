import { countryShapesResponse } from "@/components/map/country-shapes";

// Detailed country borders (Natural Earth 1:50m) for the supporter map once it is zoomed in,
// served from our own origin: no tile server may see our visitors.
export const runtime = "nodejs";

export function GET(): Promise<Response> {
  return countryShapesResponse("50m");
}

import { worldPictureResponse } from "@/components/map/world-picture";

// The static map's land and borders (Natural Earth 1:110m) as one SVG image, from our own origin.
export const runtime = "nodejs";

export function GET(): Promise<Response> {
  return worldPictureResponse();
}

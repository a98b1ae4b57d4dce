import { preflightResponse } from "@/lib/open-data/api-response";
import { badgeResponse } from "@/lib/open-data/badge-response";

// A static counter image for READMEs and newsletters: ?locale=en|be|ru for the label.
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export function GET(request: Request): Promise<Response> {
  return badgeResponse(request);
}

export const OPTIONS = preflightResponse;

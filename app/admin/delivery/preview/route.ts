import { deliveryPreviewResponse } from "@/lib/delivery/delivery-preview-response";
import { sameOriginOnly } from "@/lib/security/same-origin-route";

// The delivery pack built now, as a PDF download (ADMIN only, checked inside).
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const POST = sameOriginOnly(deliveryPreviewResponse);

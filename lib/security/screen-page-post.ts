import { areDecodableRows, hasDecodableRows } from "./action-body-shape";
import { isSameOriginRequest } from "./same-origin-rule";

// What proxy.ts checks before a POST reaches a page, i.e. a server action (Next routes every
// non-GET request to a page through its action handler). Route handlers under /api check the
// same rule themselves (sameOriginOnly). Without this, Next decided on its own: it compares
// Origin with X-Forwarded-Host (which the client chooses), lets `Sec-Fetch-Site: cross-site`
// without Origin through, and answers 500 for a null, empty or unparsable Origin, for bodies
// over its 1 MB limit and for bodies React cannot decode.
// See docs/decisions/0034-one-same-origin-rule-for-actions-and-routes.md.

/** Next's own limit for server action bodies (serverActions.bodySizeLimit, unchanged). */
export const ACTION_BODY_LIMIT_BYTES = 1024 * 1024;

export type PagePostRefusal = "forbidden" | "too_large" | "malformed";

export const REFUSAL_STATUS: Record<PagePostRefusal, number> = { forbidden: 403, too_large: 413, malformed: 400 };

/** Why a POST to a page must not reach Next's action handler, or null when it may. */
export async function screenPagePost(request: Request, ours: string | readonly string[]): Promise<PagePostRefusal | null> {
  const { headers } = request;
  if (!isSameOriginRequest(headers, ours) || !nextWouldAcceptOrigin(headers)) return "forbidden";
  const declared = headers.get("content-length");
  if (declared !== null && Number(declared) > ACTION_BODY_LIMIT_BYTES) return "too_large";
  const contentType = headers.get("content-type") ?? "";
  const multipart = contentType.toLowerCase().startsWith("multipart/form-data");
  const fetchAction = headers.has("next-action");
  // Anything else (a urlencoded or JSON post) is no action: Next renders the page, as for a GET.
  if (!multipart && !fetchAction) return null;
  const body = await readLimited(request.body, ACTION_BODY_LIMIT_BYTES);
  if (body === null) return "too_large";
  // A reply with a single row comes as text: it is row 0.
  if (!multipart) return areDecodableRows([["0", new TextDecoder().decode(body)]]) ? null : "malformed";
  let form: FormData;
  try {
    form = await new Response(body, { headers: { "content-type": contentType } }).formData();
  } catch {
    return "malformed";
  }
  return hasDecodableRows(form) ? null : "malformed";
}

/**
 * A browser on our page sends its page's origin, which is the host it asked for. Next refuses
 * (with a 500) an Origin whose host is neither X-Forwarded-Host nor Host; refusing it here too
 * turns that into a 403, and an Origin that is no URL at all into one as well.
 */
function nextWouldAcceptOrigin(headers: Headers): boolean {
  const origin = headers.get("origin");
  if (origin === null) return true;
  const requested = headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host");
  try {
    return new URL(origin).host === requested;
  } catch {
    return false;
  }
}

/** The whole body, or null once it passes `limit` bytes (it is not read further). */
async function readLimited(body: ReadableStream<Uint8Array> | null, limit: number): Promise<Uint8Array<ArrayBuffer> | null> {
  if (!body) return new Uint8Array();
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const joined = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    joined.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return joined;
}

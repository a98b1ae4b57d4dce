import "server-only";
import { PayloadTooLargeError, ValidationError } from "@/lib/errors";

/**
 * A form body (multipart or urlencoded) read with a size cap: route handlers have no body limit
 * of their own (server actions have Next's), and a pledge is a few kilobytes. A body over the
 * cap is refused as soon as it is known to be too large, without buffering the rest.
 */
export async function readFormData(request: Request, maxBytes: number): Promise<FormData> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^(multipart\/form-data|application\/x-www-form-urlencoded)\b/i.test(type)) throw new ValidationError({ body: ["formBodyExpected"] });
  const declared = Number(request.headers.get("content-length"));
  if (declared > maxBytes) throw new PayloadTooLargeError(`form body of ${declared} bytes`);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body?.getReader();
  for (;;) {
    const next = await reader?.read();
    if (!next || next.done) break;
    size += next.value.byteLength;
    if (size > maxBytes) {
      await reader?.cancel();
      throw new PayloadTooLargeError(`form body over ${maxBytes} bytes`);
    }
    chunks.push(next.value);
  }
  try {
    return await new Response(Buffer.concat(chunks), { headers: { "content-type": type } }).formData();
  } catch {
    throw new ValidationError({ body: ["formBodyMalformed"] });
  }
}

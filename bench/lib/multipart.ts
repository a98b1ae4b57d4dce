import { randomBytes } from "node:crypto";

// multipart/form-data bodies built by hand: autocannon sends raw bytes, and a browser's form
// post (with or without JavaScript) is multipart.

/** Fields in the order given (an object would put integer-like names such as "0" first). */
export function multipartBody(fields: Record<string, string> | [string, string][]): { body: Buffer; contentType: string } {
  const boundary = `----bench${randomBytes(8).toString("hex")}`;
  const parts = (Array.isArray(fields) ? fields : Object.entries(fields)).map(
    ([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
  );
  return { body: Buffer.from(parts.join("") + `--${boundary}--\r\n`), contentType: `multipart/form-data; boundary=${boundary}` };
}

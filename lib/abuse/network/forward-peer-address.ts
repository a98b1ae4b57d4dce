import "server-only";
import http from "node:http";

// `next start` copies the socket's address into X-Forwarded-For only when the header is absent
// (next/dist/server/base-server.js: `??=`), so a client talking to the app directly could name
// any address it likes. Appending the socket's address to every incoming request here, as a
// reverse proxy would, makes the rightmost entry always the real peer; lib/abuse/network/
// client-address.ts then counts trusted proxies from the right. Installed once per process at
// boot (instrumentation-node.ts), before any request is answered.
const installed = Symbol.for("solidarity-pledge.forward-peer-address");

export function forwardPeerAddress(): void {
  const prototype = http.Server.prototype as http.Server & { [installed]?: true };
  if (prototype[installed]) return;
  prototype[installed] = true;
  const emit = prototype.emit as (this: http.Server, event: string | symbol, ...args: unknown[]) => boolean;
  prototype.emit = function patchedEmit(this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") appendPeer(args[0] as http.IncomingMessage);
    return emit.call(this, event, ...args);
  } as typeof prototype.emit;
}

export function appendPeer(request: http.IncomingMessage): void {
  const peer = request.socket?.remoteAddress;
  if (!peer) return;
  const existing = request.headers["x-forwarded-for"];
  const prior = Array.isArray(existing) ? existing.join(", ") : existing;
  request.headers["x-forwarded-for"] = prior ? `${prior}, ${peer}` : peer;
}

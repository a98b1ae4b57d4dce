import { isIPv6 } from "node:net";

// Which interface `npm start` / `npm run dev` has Next listen on. The embedded demo seeds a
// known admin address and (without SMTP_URL) shows every email, sign-in links included, at
// /dev/mailbox: it listens on the machine only unless HOST says otherwise. With DATABASE_URL (a
// real deployment, usually behind a proxy or in a container) Next's default stays: every interface.

export function listenHost(hostSetting: string | undefined, embedded: boolean): string | undefined {
  const host = hostSetting?.trim();
  if (host) return host;
  return embedded ? "127.0.0.1" : undefined;
}

/** Where start.ts can reach the server it started: a wildcard is reached through loopback. */
export function probeOrigin(host: string | undefined, port: number): string {
  if (!host || host === "0.0.0.0" || host === "::") return `http://127.0.0.1:${port}`;
  return isIPv6(host) ? `http://[${host}]:${port}` : `http://${host}:${port}`;
}

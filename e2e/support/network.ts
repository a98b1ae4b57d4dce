import type { Page } from "@playwright/test";

// The e2e server trusts one proxy hop (TRUSTED_PROXY_HOPS=1, scripts/e2e-server.ts), so a test
// can say which network its browser is on, as a reverse proxy would. Journeys that sign use a
// fresh network each, like real supporters, so the per-network rate limits hold none of them.

export function randomNetworkAddress(): string {
  const octet = () => 1 + Math.floor(Math.random() * 254);
  return `10.${octet()}.${octet()}.${octet()}`;
}

export async function browseFromNetwork(page: Page, address: string = randomNetworkAddress()): Promise<string> {
  await page.setExtraHTTPHeaders({ "x-forwarded-for": address });
  return address;
}

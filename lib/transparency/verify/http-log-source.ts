import type { SignedCheckpoint } from "./checkpoint-signature";
import type { LogSource } from "./audit-log";

// The public API as a LogSource: all the verifier needs is a base URL. Client-safe; `fetch` is
// passed in so the tests can answer with the route handlers themselves.

export type Fetch = (url: string) => Promise<Response>;

export interface HttpLogSource extends LogSource {
  json<T>(path: string): Promise<T>;
}

/**
 * The log of the site's default campaign, or of another public campaign's (`campaignSlug`): each
 * campaign has its own tree, and the log's endpoints name it with ?campaign= (ADR 0054).
 */
export function httpLogSource(baseUrl: string, fetchImpl: Fetch = (url) => fetch(url), campaignSlug?: string): HttpLogSource {
  const base = baseUrl.replace(/\/+$/, "");
  const campaign = campaignSlug ? `&campaign=${encodeURIComponent(campaignSlug)}` : "";
  const json = async <T>(path: string): Promise<T> => {
    const response = await fetchImpl(`${base}${path}`);
    if (!response.ok) throw new Error(`GET ${path}: HTTP ${response.status}`);
    return (await response.json()) as T;
  };
  return {
    json,
    checkpoints: async (fromSize) => (await json<{ checkpoints: SignedCheckpoint[] }>(`/api/v1/log/checkpoints?from=${fromSize}${campaign}`)).checkpoints,
    consistency: async (first, second) => (await json<{ proof: string[] }>(`/api/v1/log/proof/consistency?first=${first}&second=${second}${campaign}`)).proof,
    leaves: async (start, end) => (await json<{ leaves: string[] }>(`/api/v1/log/leaves?start=${start}&end=${end}${campaign}`)).leaves,
  };
}

import type { SignedCheckpoint } from "./checkpoint-signature";
import type { LogSource } from "./audit-log";

// The public API as a LogSource: all the verifier needs is a base URL. Client-safe; `fetch` is
// passed in so the tests can answer with the route handlers themselves.

export type Fetch = (url: string) => Promise<Response>;

export interface HttpLogSource extends LogSource {
  json<T>(path: string): Promise<T>;
}

export function httpLogSource(baseUrl: string, fetchImpl: Fetch = (url) => fetch(url)): HttpLogSource {
  const base = baseUrl.replace(/\/+$/, "");
  const json = async <T>(path: string): Promise<T> => {
    const response = await fetchImpl(`${base}${path}`);
    if (!response.ok) throw new Error(`GET ${path}: HTTP ${response.status}`);
    return (await response.json()) as T;
  };
  return {
    json,
    checkpoints: async (fromSize) => (await json<{ checkpoints: SignedCheckpoint[] }>(`/api/v1/log/checkpoints?from=${fromSize}`)).checkpoints,
    consistency: async (first, second) => (await json<{ proof: string[] }>(`/api/v1/log/proof/consistency?first=${first}&second=${second}`)).proof,
    leaves: async (start, end) => (await json<{ leaves: string[] }>(`/api/v1/log/leaves?start=${start}&end=${end}`)).leaves,
  };
}

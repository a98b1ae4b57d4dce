import "server-only";
import type { OsdiPersonSignup } from "./person-signup-body";

/** How the CRM answered, sorted by what the push does next. */
export type OsdiAnswer =
  /** 2xx: the person is in the CRM (identifier: the first of the returned `identifiers`, if any). */
  | { kind: "accepted"; httpStatus: number; identifier: string | null }
  /** Will not work by trying again (4xx other than 429, a redirect): recorded, not retried. */
  | { kind: "refused"; httpStatus: number | null; error: string }
  /** May work later (5xx, 429, a timeout, the network): retried with back-off. */
  | { kind: "unavailable"; httpStatus: number | null; error: string };

export const OSDI_TIMEOUT_MS = 10_000;

/** The helper's address: the collection of people under the API's base (OSDI, Action Network). */
export function personSignupUrl(endpointUrl: string): string {
  return `${endpointUrl.replace(/\/+$/, "")}/people/`;
}

/**
 * POSTs one body to the person signup helper. Redirects are not followed: fetch would carry the
 * OSDI-API-Token header to wherever it points, and an API that moved is a setting to fix. The
 * CRM's own words are not kept (they could quote the person back): a status code and a short
 * error code are what the push log needs.
 */
export async function postPersonSignup(endpointUrl: string, apiKey: string, body: OsdiPersonSignup, timeoutMs = OSDI_TIMEOUT_MS): Promise<OsdiAnswer> {
  let response: Response;
  try {
    response = await fetch(personSignupUrl(endpointUrl), {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/hal+json, application/json", "OSDI-API-Token": apiKey },
      body: JSON.stringify(body),
      redirect: "manual",
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    const timedOut = error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError");
    return { kind: "unavailable", httpStatus: null, error: timedOut ? "timeout" : "network" };
  }
  const { status } = response;
  if (status >= 200 && status < 300) return { kind: "accepted", httpStatus: status, identifier: firstIdentifier(await response.json().catch(() => null)) };
  await response.body?.cancel().catch(() => undefined);
  if (status === 429 || status >= 500) return { kind: "unavailable", httpStatus: status, error: `http_${status}` };
  if (status >= 300 && status < 400) return { kind: "refused", httpStatus: status, error: "redirect" };
  return { kind: "refused", httpStatus: status, error: `http_${status}` };
}

function firstIdentifier(json: unknown): string | null {
  if (typeof json !== "object" || json === null) return null;
  const { identifiers } = json as { identifiers?: unknown };
  if (!Array.isArray(identifiers)) return null;
  const first = identifiers.find((value): value is string => typeof value === "string" && value.length > 0 && value.length <= 200);
  return first ?? null;
}

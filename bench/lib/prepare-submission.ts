import type { Challenge } from "altcha-lib";
import { solvedPayload } from "@/tests/support/proof-of-work";
import { multipartBody } from "./multipart";
import type { PledgeForm } from "./pledge-form";

// Everything a pledge request needs that must be made BEFORE the clock starts:
//  - proof of work: one real challenge per submission, fetched from the app's challenge endpoint
//    (as the browser widget does) and solved here with altcha-lib's solver. Solving is the
//    browser's cost, not the server's, so it never runs inside the measured window; the server's
//    cost (verify the signed solution, spend it once) is inside it. The bench server runs with
//    a low POW_MAX_NUMBER (bench-environment.ts): verification costs the same at any difficulty.
//  - rate limits: every submission comes from its own /24 network through X-Forwarded-For
//    (10.a.b.0/24, 65,536 distinct networks), which the bench app trusts from loopback
//    (TRUSTED_PROXY_HOPS=1) as it would from its load balancer.

export type SubmissionMode = "no-js" | "js";

export interface PreparedSubmission {
  body: Buffer;
  headers: Record<string, string>;
  email: string;
}

let serial = 0;
const runTag = Date.now().toString(36);

/** The /24 network of submission `n`, as the load balancer would report the client. */
export function forwardedFor(n: number): string {
  return `10.${(n >> 8) & 255}.${n & 255}.${1 + (n % 200)}`;
}

export function pledgeFields(email: string, n: number): Record<string, string> {
  return {
    locale: "en",
    name: `Bench Supporter ${n}`,
    email,
    country: ["DE", "PL", "LT", "CZ", "FR", "GB", "US", "BY"][n % 8]!,
    city: n % 3 === 0 ? "Berlin" : "",
    displayMode: "FIRST_NAME_INITIAL",
    message: "",
    consentProcessing: "on",
    website: "",
  };
}

/** A solved proof of work for one submission, from the challenge endpoint as the widget gets it. */
async function solvedChallenge(origin: string, address: string): Promise<string> {
  const response = await fetch(`${origin}/api/pow/challenge`, { headers: { "x-forwarded-for": address } });
  if (!response.ok) throw new Error(`GET /api/pow/challenge answered ${response.status}`);
  return solvedPayload((await response.json()) as Challenge);
}

export async function prepareSubmission(origin: string, form: PledgeForm, mode: SubmissionMode): Promise<PreparedSubmission> {
  serial += 1;
  const n = serial;
  const email = `bench-${runTag}-${n}@example.org`;
  const address = forwardedFor(n);
  const fields = { ...pledgeFields(email, n), altcha: await solvedChallenge(origin, address) };
  // Browsers send Origin with every POST; Next checks it against Host for server actions.
  const headers: Record<string, string> = { origin, "x-forwarded-for": address };
  if (mode === "no-js") {
    // What a browser without JavaScript posts: the form's hidden React fields plus the inputs.
    const { body, contentType } = multipartBody({ ...form.hiddenFields, ...fields });
    return { body, email, headers: { ...headers, "content-type": contentType } };
  }
  // What the form's JavaScript posts (components/pledge/post-pledge.ts): the form's own entries,
  // hidden React fields included, as multipart to POST /api/pledges.
  const { body, contentType } = multipartBody({ ...form.hiddenFields, ...fields });
  return { body, email, headers: { ...headers, "content-type": contentType, accept: "application/json" } };
}

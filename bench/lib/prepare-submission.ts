import { multipartBody } from "./multipart";
import type { PledgeForm } from "./pledge-form";

// Everything a pledge request needs that must be made BEFORE the clock starts.
//
// Merge point for the abuse checks (proof of work, per-network rate limits):
//  - proof of work: solve one challenge per submission here (fetch it from the challenge
//    endpoint, solve with altcha-lib's solver) and add the solution field to `fields`. Solving
//    is the browser's cost, not the server's, so it never runs inside the measured window.
//  - rate limits: every submission already comes from its own /24 network through
//    X-Forwarded-For (10.a.b.0/24, 65,536 distinct networks); the bench environment must make the
//    app trust that header from loopback as it would from its load balancer.
// Today the app has neither check, so nothing else is added: no fake solutions.

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

export async function prepareSubmission(origin: string, form: PledgeForm, mode: SubmissionMode): Promise<PreparedSubmission> {
  serial += 1;
  const email = `bench-${runTag}-${serial}@example.org`;
  const fields = pledgeFields(email, serial);
  // Browsers send Origin with every POST; Next checks it against Host for server actions.
  const headers: Record<string, string> = { origin, "x-forwarded-for": forwardedFor(serial) };
  if (mode === "no-js") {
    // What a browser without JavaScript posts: the form's hidden React fields plus the inputs.
    const { body, contentType } = multipartBody({ ...form.hiddenFields, ...fields });
    return { body, email, headers: { ...headers, "content-type": contentType } };
  }
  // What React's client posts (encodeReply of [previousState, formData]): field "0" holds the
  // arguments, the form's entries follow under the "_1_" prefix, and Next-Action names the action.
  // The root comes last, as in the browser: the server reads the form's entries in order.
  const encoded = Object.entries(fields).map(([name, value]): [string, string] => [`_1_${name}`, value]);
  const { body, contentType } = multipartBody([...encoded, ["0", `[${form.boundState},"$K1"]`]]);
  return {
    body,
    email,
    headers: { ...headers, "content-type": contentType, accept: "text/x-component", "next-action": form.actionId },
  };
}

// Helpers for the auth tests (never imported by the app). next-auth's Next.js wrapper reads
// next/headers, which exists only inside a Next request; these stand-ins drive the same Auth.js
// core with our real configuration (adapter, callbacks, email provider) through plain Requests,
// exactly as next-auth does, with a cookie jar playing the browser.
import { Auth, skipCSRFCheck } from "@auth/core";
import { randomBytes, randomUUID } from "node:crypto";
import { serverEnv } from "@/lib/env";
import { addOrganiser } from "@/lib/auth/add-organiser";
import { cliActor } from "@/lib/auth/actor";
import { authConfig } from "@/lib/auth/auth-config";
import { organiserAdapter } from "@/lib/auth/organiser-adapter";
import type { OrganiserRole } from "@/lib/auth/roles";

process.env.AUTH_SECRET ||= randomBytes(32).toString("base64");

export const jar = new Map<string, string>();

const origin = () => new URL(serverEnv().APP_URL).origin;
const cookieHeader = () => [...jar].map(([name, value]) => `${name}=${value}`).join("; ");

function keepCookies(response: Response): Response {
  for (const line of response.headers.getSetCookie()) {
    const [pair = ""] = line.split(";");
    const [name = "", value = ""] = pair.split("=");
    if (value === "" || /max-age=0/i.test(line)) jar.delete(name.trim());
    else jar.set(name.trim(), value);
  }
  return response;
}

/** Stand-in for lib/auth/auth.ts (vi.mock("@/lib/auth/auth", () => import("./auth"))). */
export async function auth(): Promise<unknown> {
  const response = await Auth(new Request(`${origin()}/api/auth/session`, { headers: { cookie: cookieHeader() } }), authConfig());
  return response.ok ? response.json() : null;
}

/** What next-auth's server-side signIn() does: POST the form to Auth.js, keep its cookies. */
export async function signIn(provider: string, options: { email: string; redirectTo?: string; host?: string }): Promise<string | null> {
  const url = `${options.host ? `http://${options.host}` : origin()}/api/auth/signin/${provider}`;
  const body = new URLSearchParams({ email: options.email, callbackUrl: options.redirectTo ?? "/admin" });
  const request = new Request(url, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookieHeader() },
    body,
  });
  return keepCookies(await Auth(request, { ...authConfig(), skipCSRFCheck })).headers.get("location");
}

export async function signOut(): Promise<void> {
  const request = new Request(`${origin()}/api/auth/signout`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookieHeader() },
    body: new URLSearchParams({ callbackUrl: "/admin/sign-in" }),
  });
  keepCookies(await Auth(request, { ...authConfig(), skipCSRFCheck }));
}

/** Presses the button on /admin/sign-in/link: the POST the page's form sends to Auth.js. */
export async function pressSignInButton(link: string): Promise<Response> {
  const params = new URL(link).searchParams;
  const query = new URLSearchParams({ token: params.get("token") ?? "", email: params.get("email") ?? "", callbackUrl: params.get("next") ?? "/admin" });
  const request = new Request(`${origin()}/api/auth/callback/email?${query}`, { method: "POST", headers: { cookie: cookieHeader() } });
  return keepCookies(await Auth(request, authConfig()));
}

export function organiserEmail(label = "organiser"): string {
  return `${label}-${randomUUID()}@example.org`;
}

/** The sign-in link in the newest development-mailbox email to `email`, or null. */
export function linkIn(text: string): string | null {
  return /https?:\/\/\S+\/admin\/sign-in\/link\?\S+/.exec(text)?.[0] ?? null;
}

/** A new organiser with a live session in the cookie jar, as after following a sign-in link. */
export async function signedIn(role: OrganiserRole): Promise<{ id: string; email: string; sessionToken: string }> {
  const email = organiserEmail(role.toLowerCase());
  const { id } = await addOrganiser(cliActor(), { email, role });
  const sessionToken = randomBytes(32).toString("hex");
  await organiserAdapter().createSession!({ sessionToken, userId: id, expires: new Date(Date.now() + 3_600_000) });
  jar.set("authjs.session-token", sessionToken);
  return { id, email, sessionToken };
}

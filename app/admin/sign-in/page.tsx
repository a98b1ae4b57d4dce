import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { safeAdminPath } from "@/lib/auth/admin-path";
import { currentOrganiser } from "@/lib/auth/current-organiser";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

// Auth.js sends people here with ?error=… (pages.error). None of these answers says whether an
// address belongs to an organiser: only someone holding a link can see them.
const errorMessages: Record<string, string> = {
  Verification: "That sign-in link has expired or has been used already. Ask for a new one below.",
  AccessDenied: "That sign-in link can no longer be used. If you should still have access, ask an admin.",
};

export default async function SignInPage({ searchParams }: PageProps<"/admin/sign-in">) {
  const query = await searchParams;
  const callbackUrl = safeAdminPath(typeof query.callbackUrl === "string" ? query.callbackUrl : null);
  if (await currentOrganiser()) redirect(callbackUrl);
  const error = typeof query.error === "string" ? (errorMessages[query.error] ?? "Signing in did not work. Ask for a new link below.") : null;

  return (
    <>
      <h1 className="text-2xl font-bold">Sign in</h1>
      <p className="mt-2 max-w-prose text-slate-700">
        For the campaign&apos;s organisers. Enter your address and we will email you a link that signs you in. There is no password.
      </p>
      {error && (
        <p role="alert" className="mt-4 max-w-prose rounded-md border-2 border-red-800 bg-red-50 p-3 text-red-900">
          {error}
        </p>
      )}
      {query.signedOut === "1" && !error && (
        <p role="status" className="mt-4 max-w-prose rounded-md border-2 border-emerald-700 bg-emerald-50 p-3">
          You have signed out.
        </p>
      )}
      <SignInForm callbackUrl={callbackUrl} />
    </>
  );
}

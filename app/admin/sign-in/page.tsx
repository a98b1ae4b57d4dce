import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { safeAdminPath } from "@/lib/auth/admin-path";
import { currentOrganiser } from "@/lib/auth/current-organiser";
import { getAdminTranslator } from "@/lib/i18n/admin-i18n";
import { SignInForm } from "@/components/admin/sign-in/sign-in-form";
import { requestSignInLinkAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getAdminTranslator("adminSignIn"))("title") };
}

// Auth.js sends people here with ?error=… (pages.error). None of these answers says whether an
// address belongs to an organiser: only someone holding a link can see them.
const errorKeys: Record<string, string> = { Verification: "errorVerification", AccessDenied: "errorAccessDenied" };

export default async function SignInPage({ searchParams }: PageProps<"/admin/sign-in">) {
  const query = await searchParams;
  const callbackUrl = safeAdminPath(typeof query.callbackUrl === "string" ? query.callbackUrl : null);
  if (await currentOrganiser()) redirect(callbackUrl);
  const t = await getAdminTranslator("adminSignIn");
  const error = typeof query.error === "string" ? t(errorKeys[query.error] ?? "errorOther") : null;

  return (
    <>
      <h1 className="text-2xl font-bold">{t("heading")}</h1>
      <p className="mt-2 max-w-prose text-slate-700">
        {t("intro")}
      </p>
      {error && (
        <p role="alert" className="mt-4 max-w-prose rounded-md border-2 border-red-800 bg-red-50 p-3 text-red-900">
          {error}
        </p>
      )}
      {query.signedOut === "1" && !error && (
        <p role="status" className="mt-4 max-w-prose rounded-md border-2 border-emerald-700 bg-emerald-50 p-3">
          {t("signedOut")}
        </p>
      )}
      <SignInForm callbackUrl={callbackUrl} requestSignInLinkAction={requestSignInLinkAction} />
    </>
  );
}

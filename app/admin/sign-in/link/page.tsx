import type { Metadata } from "next";
import Link from "next/link";
import { safeAdminPath } from "@/lib/auth/admin-path";
import { inspectSignInLink } from "@/lib/auth/inspect-sign-in-link";
import { getAdminTranslator } from "@/lib/i18n/admin-i18n";
import { buttonClass } from "@/components/admin/ui/button-class";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getAdminTranslator("adminSignIn"))("linkTitle") };
}

/**
 * Where the emailed link leads. Opening it changes nothing (mail scanners fetch every link; see
 * docs/decisions/0007-…); the button posts the token to Auth.js, which spends it, starts the
 * session and redirects to the admin page the organiser was heading for.
 */
export default async function SignInLinkPage({ searchParams }: PageProps<"/admin/sign-in/link">) {
  const query = await searchParams;
  const email = typeof query.email === "string" ? query.email : "";
  const token = typeof query.token === "string" ? query.token : "";
  const next = safeAdminPath(typeof query.next === "string" ? query.next : null);
  const [state, t] = await Promise.all([inspectSignInLink(email, token), getAdminTranslator("adminSignIn")]);
  const callback = `/api/auth/callback/email?${new URLSearchParams({ token, email, callbackUrl: next })}`;

  return (
    <>
      <h1 className="text-2xl font-bold">{t("linkTitle")}</h1>
      {state === "ready" ? (
        <>
          <p className="mt-2 max-w-prose">
            {t.rich("linkSigningInAs", { email, strong: (chunks) => <strong>{chunks}</strong> })}
          </p>
          <form method="post" action={callback} className="mt-6">
            <button type="submit" className={buttonClass()}>
              {t("linkButton")}
            </button>
          </form>
        </>
      ) : (
        <>
          <p role="alert" className="mt-4 max-w-prose rounded-md border-2 border-red-800 bg-red-50 p-3 text-red-900">
            {t("linkExpired")}
          </p>
          <p className="mt-4">
            <Link href="/admin/sign-in" className="underline">
              {t("linkAskNew")}
            </Link>
          </p>
        </>
      )}
    </>
  );
}

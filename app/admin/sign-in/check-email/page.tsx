import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { SIGN_IN_LINK_MINUTES } from "@/lib/auth/send-sign-in-link";
import { getAdminTranslator } from "@/lib/i18n/admin-i18n";
import { devMailboxAnswers } from "@/lib/mail/dev-mailbox-access";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getAdminTranslator("adminSignIn"))("checkTitle") };
}

// The one answer to every sign-in request (organiser or not, within the rate limit or not): the
// page must not differ, so it reads nothing about the address.
export default async function CheckEmailPage() {
  await connection(); // the mailbox hint depends on run-time configuration, not on the build
  const t = await getAdminTranslator("adminSignIn");
  // Only where the mailbox would answer: a remote visitor gets no pointer to a page that is not theirs.
  const showMailbox = await devMailboxAnswers();
  return (
    <>
      <h1 className="text-2xl font-bold">{t("checkTitle")}</h1>
      <div role="status" className="mt-4 max-w-prose space-y-3">
        <p>{t("checkOnItsWay", { minutes: SIGN_IN_LINK_MINUTES })}</p>
        <p>{t("checkNoEmail")}</p>
      </div>
      {showMailbox && (
        <p className="mt-4 max-w-prose">
          {t.rich("checkDevMailbox", {
            link: (chunks) => (
              <Link href="/dev/mailbox" className="underline">
                {chunks}
              </Link>
            ),
          })}
        </p>
      )}
      <p className="mt-6">
        <Link href="/admin/sign-in" className="underline">
          {t("checkAnother")}
        </Link>
      </p>
    </>
  );
}

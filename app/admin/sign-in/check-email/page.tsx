import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { SIGN_IN_LINK_MINUTES } from "@/lib/auth/send-sign-in-link";
import { devMailboxEnabled } from "@/lib/mail/dev-mailbox";

export const metadata: Metadata = { title: "Check your email" };

// The one answer to every sign-in request (organiser or not, within the rate limit or not): the
// page must not differ, so it reads nothing about the address.
export default async function CheckEmailPage() {
  await connection(); // the mailbox hint depends on run-time configuration, not on the build
  return (
    <>
      <h1 className="text-2xl font-bold">Check your email</h1>
      <div role="status" className="mt-4 max-w-prose space-y-3">
        <p>If this address belongs to an organiser, a sign-in link is on its way. It works once, for {SIGN_IN_LINK_MINUTES} minutes.</p>
        <p>No email after a few minutes? Check your spam folder, then ask for a new link. If you still get nothing, ask an admin whether your address is listed.</p>
      </div>
      {devMailboxEnabled() && (
        <p className="mt-4 max-w-prose">
          This installation has no mail server: emails are in the{" "}
          <Link href="/dev/mailbox" className="underline">
            development mailbox
          </Link>
          .
        </p>
      )}
      <p className="mt-6">
        <Link href="/admin/sign-in" className="underline">
          Ask for another link
        </Link>
      </p>
    </>
  );
}

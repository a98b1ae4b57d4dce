import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { listDevMailbox } from "@/lib/mail/dev-mailbox";
import { devMailboxAnswers } from "@/lib/mail/dev-mailbox-access";

export default async function DevMailboxPage() {
  await connection();
  if (!(await devMailboxAnswers())) notFound();
  const messages = await listDevMailbox();
  return (
    <>
      <h1 className="text-2xl font-bold">Development mailbox</h1>
      <p className="mt-2 text-slate-700">
        Mail sent while no SMTP server is configured (SMTP_URL) lands here. Newest first; this page does not exist in production unless DEV_MAILBOX=1.
      </p>
      {messages.length === 0 ? (
        <p className="mt-6">No mail yet.</p>
      ) : (
        <table className="mt-6 w-full border-collapse text-left">
          <thead>
            <tr className="border-b-2 border-slate-300">
              <th scope="col" className="py-2 pr-4">Received (UTC)</th>
              <th scope="col" className="py-2 pr-4">To</th>
              <th scope="col" className="py-2 pr-4">Subject</th>
              <th scope="col" className="py-2">Language</th>
            </tr>
          </thead>
          <tbody>
            {messages.map((message) => (
              <tr key={message.id} className="border-b border-slate-200">
                <td className="py-2 pr-4 tabular-nums">{message.createdAt.toISOString().replace("T", " ").slice(0, 19)}</td>
                <td className="py-2 pr-4">{message.to}</td>
                <td className="py-2 pr-4">
                  <Link href={`/dev/mailbox/${message.id}`} className="underline">
                    {message.subject}
                  </Link>
                </td>
                <td className="py-2">{message.locale}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

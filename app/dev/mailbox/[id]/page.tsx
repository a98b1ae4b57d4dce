import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { readDevMailboxMessage } from "@/lib/mail/dev-mailbox";
import { devMailboxAnswers } from "@/lib/mail/dev-mailbox-access";

// Shows the text part with its links made clickable. The HTML part is not rendered here: it is
// supporter-influenced content, and the text part carries exactly the same information.
export default async function DevMailboxMessagePage({ params }: PageProps<"/dev/mailbox/[id]">) {
  await connection();
  if (!(await devMailboxAnswers())) notFound();
  const message = await readDevMailboxMessage((await params).id);
  if (!message) notFound();
  return (
    <article lang={message.locale}>
      <p>
        <Link href="/dev/mailbox" className="underline" lang="en">
          ← All mail
        </Link>
      </p>
      <h1 className="mt-4 text-2xl font-bold">{message.subject}</h1>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 text-slate-700" lang="en">
        <dt>To</dt>
        <dd>{message.to}</dd>
        <dt>Received</dt>
        <dd>{message.createdAt.toISOString()}</dd>
      </dl>
      <div className="mt-6 whitespace-pre-wrap rounded-lg bg-white p-5 ring-1 ring-slate-200">
        {splitLinks(message.text).map((part, index) =>
          part.link ? (
            <a key={index} href={part.text} className="break-all text-blue-800 underline">
              {part.text}
            </a>
          ) : (
            <span key={index}>{part.text}</span>
          ),
        )}
      </div>
    </article>
  );
}

function splitLinks(text: string): { text: string; link: boolean }[] {
  return text.split(/(https?:\/\/\S+)/g).map((part, index) => ({ text: part, link: index % 2 === 1 }));
}

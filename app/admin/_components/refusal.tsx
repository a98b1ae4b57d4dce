import Link from "next/link";
import type { OrganiserRole } from "@/lib/auth/roles";

/** What an organiser whose role is too low sees instead of a page (the data stays unread). */
export function Refusal({ needed, has }: { needed: OrganiserRole; has: OrganiserRole }) {
  return (
    <>
      <h1 className="text-2xl font-bold">Not allowed</h1>
      <p role="alert" className="mt-4 rounded-md border-2 border-red-800 bg-red-50 p-4 text-red-900">
        This page is for organisers with the {needed} role. You are signed in as {has}. Ask an admin if you need it.
      </p>
      <p className="mt-4">
        <Link href="/admin" className="underline">
          Back to the dashboard
        </Link>
      </p>
    </>
  );
}

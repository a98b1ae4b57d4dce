import { z } from "zod";
import { criteriaFields, criteriaOf, refineCriteria } from "./invalidation-criteria";

// Client-safe: the forms of bulk invalidation and its undo. Field errors are message keys
// (components/admin/ui/form-messages.ts).

/** Short reasons, published per reason in the integrity ledger: keep them plain and public. */
export const INVALIDATION_REASONS = {
  automated: "Automated sign-ups from one network",
  disposable: "Throwaway or fake email addresses",
  duplicate: "One person signing many times",
  other: "Other",
} as const;
export type InvalidationReasonCode = keyof typeof INVALIDATION_REASONS;

const reasonCodes = Object.keys(INVALIDATION_REASONS) as [InvalidationReasonCode, ...InvalidationReasonCode[]];

export const runInvalidationSchema = z
  .object({
    ...criteriaFields,
    reasonCode: z.enum(reasonCodes, { error: "reasonRequired" }),
    reasonText: z.string().optional().transform((value) => value?.trim() ?? "").pipe(z.string().max(150, { error: "reasonTooLong" })),
    /** How many pledges the organiser saw in the preview: the run refuses if the set changed. */
    expected: z.coerce.number({ error: "expectedInvalid" }).int({ error: "expectedInvalid" }).min(1, { error: "nothingToInvalidate" }),
  })
  .superRefine((input, context) => {
    refineCriteria(input, context);
    if (input.reasonCode === "other" && !input.reasonText) context.addIssue({ code: "custom", path: ["reasonText"], message: "reasonTextRequired" });
  })
  .transform((input) => ({ criteria: criteriaOf(input), reason: reasonOf(input.reasonCode, input.reasonText), expected: input.expected }));

/** "Automated sign-ups from one network: 300 in ten minutes from a data centre" (at most 200). */
export function reasonOf(code: InvalidationReasonCode, text: string): string {
  if (code === "other") return text;
  return text ? `${INVALIDATION_REASONS[code]}: ${text}` : INVALIDATION_REASONS[code];
}

export const undoInvalidationSchema = z.object({ invalidationId: z.uuid({ error: "invalidationUnknown" }) });

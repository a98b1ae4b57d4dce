import { z } from "zod";

// Client-safe: the admin delivery forms and the server parse with the same schemas.

export const PACK_LOCALES = ["en", "be", "ru"] as const;

export const recipientSchema = z.object({
  name: z.string().trim().min(1, "nameRequired").max(200, "nameTooLong"),
  organisation: z
    .string()
    .trim()
    .max(200, "nameTooLong")
    .optional()
    .transform((value) => value || undefined),
  email: z.string().trim().min(1, "emailRequired").max(254, "emailInvalid").pipe(z.email("emailInvalid")),
  locale: z.enum(PACK_LOCALES, "localeInvalid"),
});
export type RecipientInput = z.input<typeof recipientSchema>;
export type RecipientField = keyof z.input<typeof recipientSchema>;

export const removeRecipientSchema = z.object({ id: z.uuid("not_found") });

export const scheduleSchema = z.object({
  /** As a datetime-local input sends it: "2026-08-04T10:00". */
  sendAt: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, "timeInvalid"),
  timeZone: z.string().refine(isTimeZone, "timeZoneInvalid"),
});
export type ScheduleInput = z.output<typeof scheduleSchema>;
export type ScheduleField = keyof z.input<typeof scheduleSchema>;

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return zone.length <= 64;
  } catch {
    return false;
  }
}

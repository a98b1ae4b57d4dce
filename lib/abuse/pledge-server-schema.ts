import "server-only";
import { suggestEmail } from "@/lib/pledges/email-typos";
import { pledgeInputSchema } from "@/lib/pledges/schema";
import { emailDomainOf } from "./canonical-email";
import { isDisposableEmailDomain } from "./disposable-email";

/**
 * The pledge form's schema with the checks only the server can make: throwaway mailboxes are
 * refused with a field error (their list is a megabyte, so the browser never gets it).
 */
export const pledgeServerSchema = pledgeInputSchema.superRefine((input, context) => {
  // Zod runs refinements even when the address already failed its own check: only a well-formed
  // address has a domain worth looking up (a malformed one already has its field error).
  // A mistyped provider already has its "did you mean" error; mailchecker lists many such domains.
  if (!input.email.includes("@") || suggestEmail(input.email)) return;
  if (isDisposableEmailDomain(emailDomainOf(input.email))) {
    context.addIssue({ code: "custom", path: ["email"], message: "emailDisposable" });
  }
});

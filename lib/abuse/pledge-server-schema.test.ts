import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/lib/actions/field-errors";
import { pledgeServerSchema } from "./pledge-server-schema";

const valid = { name: "Anna Kowalska", country: "PL", consentProcessing: "on" };

describe("pledgeServerSchema", () => {
  it("refuses throwaway mailboxes with a field error on the email", () => {
    const parsed = pledgeServerSchema.safeParse({ ...valid, email: "someone@Mailinator.com" });
    expect(parsed.success).toBe(false);
    if (!parsed.success) expect(fieldErrorsOf(parsed.error)).toEqual({ email: ["emailDisposable"] });
  });

  // Issue #15: mailchecker lists gmial.com, so a typo was called a "throwaway mailbox".
  it.each(["anna@gmial.com", "Anna@Hotmial.com", "olga@mial.ru", "ivan@yandx.ru"])("answers the typo %s with 'did you mean', not 'throwaway'", (email) => {
    const parsed = pledgeServerSchema.safeParse({ ...valid, email });
    expect(parsed.success).toBe(false);
    if (!parsed.success) expect(fieldErrorsOf(parsed.error)).toEqual({ email: ["emailTypo"] });
  });

  it("accepts ordinary addresses", () => {
    expect(pledgeServerSchema.safeParse({ ...valid, email: "anna@gmail.com" }).success).toBe(true);
  });

  // Found by the property test: object-prototype names once crashed the domain lookup (a 500).
  it.each(["__proto__", "constructor", "a@__proto__", "toString@hasOwnProperty"])("answers %s with an email field error, never a crash", (email) => {
    const parsed = pledgeServerSchema.safeParse({ ...valid, email });
    expect(parsed.success).toBe(false);
    if (!parsed.success) expect(fieldErrorsOf(parsed.error).email?.length).toBeGreaterThan(0);
  });
});

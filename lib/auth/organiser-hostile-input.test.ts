import { describe, expect, it } from "vitest";
import { hostileEmails, hostileInputs } from "@/tests/fixtures/hostile-inputs";
import { changeRoleSchema, inviteOrganiserSchema, signInRequestSchema } from "./organiser-schemas";

// The organisers' forms: an invitation (address and role), a role change and the sign-in
// request. No hostile address or role gets through; each is refused on its own field.

const fieldErrors = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (result.error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]);

describe("organiser forms", () => {
  it.each(hostileEmails.map((email) => [email.slice(0, 50), email] as const))("refuse the address %s", (_label, email) => {
    expect(fieldErrors(inviteOrganiserSchema.safeParse({ email, role: "VIEWER" }))).toEqual([["email", "emailInvalid"]]);
    expect(fieldErrors(signInRequestSchema.safeParse({ email }))).toEqual([["email", "emailInvalid"]]);
  });

  it.each(hostileInputs.map((input) => [input.id, input.value] as const))("refuse %s as a role", (_id, role) => {
    expect(fieldErrors(inviteOrganiserSchema.safeParse({ email: "organiser@example.org", role }))).toEqual([["role", "roleInvalid"]]);
    expect(fieldErrors(changeRoleSchema.safeParse({ userId: "7f1f0c1e-8c43-4a53-9c55-1f2a3b4c5d6e", role }))).toEqual([["role", "roleInvalid"]]);
  });

  it.each(hostileInputs.map((input) => [input.id, input.value] as const))("refuse %s as an organiser id", (_id, userId) => {
    expect(fieldErrors(changeRoleSchema.safeParse({ userId, role: "VIEWER" }))).toEqual([["userId", "organiserUnknown"]]);
  });
});

import { describe, expect, it } from "vitest";
import { emailLookupHash } from "@/lib/privacy/personal-data";
import { canonicalEmail, emailDomainOf } from "./canonical-email";
import { isDisposableEmailDomain } from "./disposable-email";

describe("canonicalEmail", () => {
  it("treats Gmail's dots, +tags, case and googlemail.com as one mailbox", () => {
    expect(canonicalEmail("a.b@gmail.com")).toBe("ab@gmail.com");
    expect(canonicalEmail("A.B+x@googlemail.com")).toBe("ab@gmail.com");
    expect(emailLookupHash("ab@gmail.com")).toBe(emailLookupHash(" A.B+petition@GoogleMail.com "));
  });

  it("drops +tags only at providers that deliver them to the same mailbox", () => {
    expect(canonicalEmail("anna+news@outlook.com")).toBe("anna@outlook.com");
    expect(canonicalEmail("anna+news@example.org")).toBe("anna+news@example.org");
  });

  it("keeps dots where they matter", () => {
    expect(canonicalEmail("a.b@outlook.com")).not.toBe(canonicalEmail("ab@outlook.com"));
    expect(canonicalEmail("a.b@example.org")).toBe("a.b@example.org");
  });

  it("never produces an empty local part", () => {
    expect(canonicalEmail("+x@gmail.com")).toBe("+x@gmail.com");
  });

  it("reports the domain with aliases merged", () => {
    expect(emailDomainOf("X@GoogleMail.com")).toBe("gmail.com");
    expect(emailDomainOf("anna@Example.ORG")).toBe("example.org");
  });
});

describe("isDisposableEmailDomain", () => {
  it("knows throwaway providers and their subdomains, offline", () => {
    expect(isDisposableEmailDomain("mailinator.com")).toBe(true);
    expect(isDisposableEmailDomain("inbox.mailinator.com")).toBe(true);
    expect(isDisposableEmailDomain("gmail.com")).toBe(false);
    expect(isDisposableEmailDomain("example.org")).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/lib/actions/field-errors";
import { pledgeInputSchema } from "./schema";

const valid = {
  name: "  Anna   Kowalska ",
  email: " Anna@Example.org ",
  country: "pl",
  displayMode: "FIRST_NAME_INITIAL",
  message: "",
  consentProcessing: "on",
};

function errorsFor(input: Record<string, unknown>) {
  const result = pledgeInputSchema.safeParse(input);
  return result.success ? {} : fieldErrorsOf(result.error);
}

describe("pledgeInputSchema", () => {
  it("accepts a valid pledge and normalises it", () => {
    const result = pledgeInputSchema.parse(valid);
    expect(result).toEqual({
      name: "Anna Kowalska",
      email: "anna@example.org",
      country: "PL",
      city: null,
      displayMode: "FIRST_NAME_INITIAL",
      message: null,
      publicInSensitiveCountry: false,
      consentProcessing: true,
      consentUpdates: false,
    });
  });

  it("defaults to anonymous display", () => {
    const { displayMode, ...rest } = valid;
    void displayMode;
    expect(pledgeInputSchema.parse(rest).displayMode).toBe("ANONYMOUS");
  });

  it("names every missing required field", () => {
    expect(errorsFor({})).toEqual({
      name: ["nameRequired"],
      email: ["emailRequired"],
      country: ["countryRequired"],
      consentProcessing: ["consentRequired"],
    });
  });

  it("treats white space as empty", () => {
    expect(errorsFor({ ...valid, name: "   ", email: "  " })).toMatchObject({ name: ["nameRequired"], email: ["emailRequired"] });
  });

  it.each([
    ["not-an-email", "emailInvalid"],
    ["a@b", "emailInvalid"],
    [`${"a".repeat(250)}@example.org`, "emailInvalid"],
  ])("rejects the email %s", (email, key) => {
    expect(errorsFor({ ...valid, email }).email).toEqual([key]);
  });

  it("rejects unknown countries", () => {
    expect(errorsFor({ ...valid, country: "XX" }).country).toEqual(["countryInvalid"]);
    expect(errorsFor({ ...valid, country: "Belarus" }).country).toEqual(["countryInvalid"]);
  });

  it("rejects names that are too long or carry control or direction-override characters", () => {
    expect(errorsFor({ ...valid, name: "a".repeat(101) }).name).toEqual(["nameTooLong"]);
    expect(errorsFor({ ...valid, name: "Anna\u202Egnissam" }).name).toEqual(["nameInvalid"]);
    expect(errorsFor({ ...valid, name: "Anna\u0000" }).name).toEqual(["nameInvalid"]);
  });

  it("keeps markup as literal text (rendering escapes it)", () => {
    expect(pledgeInputSchema.parse({ ...valid, name: "<script>alert(1)</script>" }).name).toBe("<script>alert(1)</script>");
  });

  it("limits messages to 500 characters and keeps line breaks", () => {
    expect(errorsFor({ ...valid, message: "x".repeat(501) }).message).toEqual(["messageTooLong"]);
    expect(pledgeInputSchema.parse({ ...valid, message: "Line one\nLine two" }).message).toBe("Line one\nLine two");
  });

  it("requires consent to processing; updates are optional", () => {
    expect(errorsFor({ ...valid, consentProcessing: undefined }).consentProcessing).toEqual(["consentRequired"]);
    expect(pledgeInputSchema.parse({ ...valid, consentUpdates: "on" }).consentUpdates).toBe(true);
  });

  it("keeps the city as trimmed text and limits its length", () => {
    expect(pledgeInputSchema.parse({ ...valid, city: "  Kraków " }).city).toBe("Kraków");
    expect(errorsFor({ ...valid, city: "x".repeat(121) }).city).toEqual(["cityTooLong"]);
  });

  it("rejects display modes that do not exist", () => {
    expect(errorsFor({ ...valid, displayMode: "EVERYONE" }).displayMode).toEqual(["displayModeInvalid"]);
  });
});

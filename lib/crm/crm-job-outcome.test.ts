import { describe, expect, it } from "vitest";
import { crmRequestOutcome } from "./crm-job-outcome";

describe("what a CRM answer means for the job", () => {
  it("retries what may work later until the last attempt, and never retries a refusal", () => {
    const unavailable = { kind: "unavailable", httpStatus: 503, error: "http_503" } as const;
    const refused = { kind: "refused", httpStatus: 400, error: "http_400" } as const;
    expect(crmRequestOutcome({ kind: "accepted", httpStatus: 201, identifier: null }, { final: false })).toBe("pushed");
    expect(crmRequestOutcome(unavailable, { final: false })).toBe("retrying");
    expect(crmRequestOutcome(unavailable, { final: true })).toBe("failed");
    expect(crmRequestOutcome(refused, { final: false })).toBe("failed");
  });
});

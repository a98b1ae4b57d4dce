import { describe, expect, it } from "vitest";
import { webhookUrlProblem } from "./check-webhook-url";
import { isPrivateAddress } from "./private-address";

// Production's rule (no private targets) and development's (localhost over http allowed).

describe("webhook URLs", () => {
  it("accepts public https addresses in production", () => {
    expect(webhookUrlProblem("https://crm.example.org/hooks/solidarity", false)).toBeNull();
    expect(webhookUrlProblem("https://203.0.114.7:8443/in", false)).toBeNull();
  });

  it("refuses plain http, other schemes, credentials and nonsense", () => {
    expect(webhookUrlProblem("http://crm.example.org/hooks", false)).toBe("webhookUrlNotHttps");
    expect(webhookUrlProblem("http://crm.example.org/hooks", true)).toBe("webhookUrlNotHttps");
    expect(webhookUrlProblem("ftp://crm.example.org/hooks", true)).toBe("webhookUrlNotHttps");
    expect(webhookUrlProblem("https://user:secret@crm.example.org/", false)).toBe("webhookUrlCredentials");
    expect(webhookUrlProblem("not a url", false)).toBe("webhookUrlInvalid");
  });

  it("refuses this machine and private networks in production, allows them where configured", () => {
    for (const url of ["https://localhost/hooks", "https://127.0.0.1/hooks", "https://10.1.2.3/", "https://172.20.0.5/", "https://192.168.1.10/", "https://169.254.169.254/latest/meta-data", "https://[::1]/", "https://[fd00::5]/", "https://[::ffff:10.0.0.1]/", "https://intranet/", "https://app.localhost/"]) {
      expect(webhookUrlProblem(url, false), url).toBe("webhookUrlPrivate");
    }
    expect(webhookUrlProblem("http://127.0.0.1:4000/hooks", true)).toBeNull();
    expect(webhookUrlProblem("http://localhost:4000/hooks", true)).toBeNull();
    expect(webhookUrlProblem("https://10.1.2.3/", true)).toBeNull();
  });

  it("classifies addresses the way a resolved host is checked at delivery", () => {
    expect(isPrivateAddress("8.8.8.8")).toBe(false);
    expect(isPrivateAddress("2a00:1450:4001:80b::200e")).toBe(false);
    expect(isPrivateAddress("100.64.0.1")).toBe(true);
    expect(isPrivateAddress("0.0.0.0")).toBe(true);
    expect(isPrivateAddress("fe80::1")).toBe(true);
    expect(isPrivateAddress("::ffff:127.0.0.1")).toBe(true);
    expect(isPrivateAddress("not-an-address")).toBe(true);
  });
});

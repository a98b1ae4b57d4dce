import { describe, expect, it } from "vitest";
import { crmSettingsSchema, isCrmEndpointUrl, parseCrmTags } from "./crm-settings-schema";

describe("the CRM settings schema", () => {
  it("accepts https addresses and http only to this machine", () => {
    for (const url of ["https://actionnetwork.org/api/v2", "https://crm.example.org", "http://localhost:8080/api/v2", "http://127.0.0.1:9/api", "http://[::1]:9/api"]) expect(isCrmEndpointUrl(url), url).toBe(true);
    for (const url of ["http://actionnetwork.org/api/v2", "ftp://crm.example.org", "https://user:secret@crm.example.org", "https://crm.example.org/api?key=1", "https://crm.example.org/#x", "javascript:alert(1)", "crm.example.org", ""]) {
      expect(isCrmEndpointUrl(url), url).toBe(false);
    }
  });

  it("parses the form: trims the address's trailing slash, splits tags, keeps an empty key as 'unchanged'", () => {
    expect(crmSettingsSchema.parse({ endpointUrl: " https://actionnetwork.org/api/v2/ ", tags: "a, b\nb\n\n c ", apiKey: "", enabled: "on" })).toEqual({
      endpointUrl: "https://actionnetwork.org/api/v2",
      tags: ["a", "b", "c"],
      apiKey: undefined,
      enabled: true,
    });
    expect(crmSettingsSchema.parse({ endpointUrl: "https://crm.example.org" })).toMatchObject({ tags: [], apiKey: undefined, enabled: false });
  });

  it("refuses keys with spaces or control characters, and too many or too long tags, with the form's message keys", () => {
    const errors = (input: Record<string, string>) => crmSettingsSchema.safeParse({ endpointUrl: "https://crm.example.org", ...input }).error?.issues.map((issue) => [issue.path[0], issue.message]);
    expect(errors({ apiKey: "two words" })).toEqual([["apiKey", "crmApiKeyInvalid"]]);
    expect(errors({ apiKey: "key\u0000" })).toEqual([["apiKey", "crmApiKeyInvalid"]]);
    expect(errors({ tags: Array.from({ length: 21 }, (_, i) => `tag${i}`).join("\n") })).toEqual([["tags", "crmTagsInvalid"]]);
    expect(errors({ tags: "x".repeat(101) })).toEqual([["tags", "crmTagsInvalid"]]);
    expect(errors({ endpointUrl: "http://crm.example.org" })).toEqual([["endpointUrl", "crmUrlInvalid"]]);
  });

  it("drops blank and repeated tags", () => {
    expect(parseCrmTags(" one ,two\n\none")).toEqual(["one", "two"]);
  });
});

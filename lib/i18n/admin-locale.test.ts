import { describe, expect, it } from "vitest";
import { localeFromAcceptLanguage, negotiateAdminLocale, safeAdminReturnPath } from "./admin-locale";

describe("negotiateAdminLocale", () => {
  it("takes the organiser's choice from the cookie first", () => {
    expect(negotiateAdminLocale({ cookie: "be", acceptLanguage: "ru-RU,ru;q=0.9" })).toBe("be");
    expect(negotiateAdminLocale({ cookie: "en", acceptLanguage: "ru" })).toBe("en");
  });

  it("ignores a cookie that names no locale of ours and asks the browser", () => {
    expect(negotiateAdminLocale({ cookie: "de", acceptLanguage: "ru-RU,ru;q=0.9,en;q=0.8" })).toBe("ru");
    expect(negotiateAdminLocale({ cookie: "", acceptLanguage: "be-BY" })).toBe("be");
  });

  it("falls back to English when neither says anything usable", () => {
    expect(negotiateAdminLocale({})).toBe("en");
    expect(negotiateAdminLocale({ cookie: null, acceptLanguage: "de-DE,fr;q=0.5,*;q=0.1" })).toBe("en");
  });

  it("reads Playwright's Chromium (en-US) as English", () => {
    expect(negotiateAdminLocale({ acceptLanguage: "en-US" })).toBe("en");
  });
});

describe("localeFromAcceptLanguage", () => {
  it("prefers the highest quality, then the earliest listed", () => {
    expect(localeFromAcceptLanguage("en;q=0.5,ru;q=0.8,be;q=0.8")).toBe("ru");
    expect(localeFromAcceptLanguage("de, be;q=0.7, ru;q=0.7")).toBe("be");
  });

  it("treats q=0 as a refusal and tolerates junk", () => {
    expect(localeFromAcceptLanguage("ru;q=0, en;q=0.1")).toBe("en");
    expect(localeFromAcceptLanguage("ru;q=abc")).toBeNull();
    expect(localeFromAcceptLanguage(";;,,")).toBeNull();
    expect(localeFromAcceptLanguage("BE")).toBe("be");
  });
});

describe("safeAdminReturnPath", () => {
  it("keeps an admin path and its query", () => {
    expect(safeAdminReturnPath("/admin")).toBe("/admin");
    expect(safeAdminReturnPath("/admin/moderation?status=HELD&page=2")).toBe("/admin/moderation?status=HELD&page=2");
    expect(safeAdminReturnPath("/admin/sign-in?callbackUrl=%2Fadmin%2Faudit")).toBe("/admin/sign-in?callbackUrl=%2Fadmin%2Faudit");
  });

  it("sends anything else to the dashboard: no open redirect", () => {
    for (const hostile of [
      "https://evil.example/admin",
      "//evil.example/admin",
      "/\\evil.example/admin",
      "\\\\evil.example",
      "javascript:alert(1)",
      "/administrator",
      "/en/pledge",
      "admin/moderation",
      "/admin/../en",
      "/admin/locale",
      "",
      undefined,
      42,
    ]) {
      expect(safeAdminReturnPath(hostile), String(hostile)).toBe("/admin");
    }
  });
});

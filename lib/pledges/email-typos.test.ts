import { describe, expect, it } from "vitest";
import { suggestEmail } from "./email-typos";

describe("suggestEmail", () => {
  it.each([
    ["anna@gmial.com", "anna@gmail.com"],
    ["anna@GMAI.COM", "anna@gmail.com"],
    ["olga@mial.ru", "olga@mail.ru"],
    ["ivan@yandx.ru", "ivan@yandex.ru"],
    ["jo@outlok.com", "jo@outlook.com"],
    ["a@b@yahooo.com", "a@b@yahoo.com"],
  ])("suggests the provider meant for %s", (typed, suggestion) => {
    expect(suggestEmail(typed)).toBe(suggestion);
  });

  it.each(["anna@gmail.com", "anna@example.org", "gmial.com", "@gmial.com", ""])("suggests nothing for %s", (typed) => {
    expect(suggestEmail(typed)).toBeNull();
  });
});

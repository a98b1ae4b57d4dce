import { describe, expect, it } from "vitest";
import { personSignupBody, personUnsubscribeBody, splitName } from "./person-signup-body";

const supporter = { name: "Алеся Марыя Літвін", email: "alesia@example.org", country: "LT", cityName: "Vilnius", locale: "be" };

describe("the OSDI signup body", () => {
  it("maps a supporter outside the sensitive countries to name, address, country, city, language and tags", () => {
    expect(personSignupBody(supporter, { tags: ["belarus-2026"], sensitive: false })).toEqual({
      person: {
        given_name: "Алеся Марыя",
        family_name: "Літвін",
        email_addresses: [{ address: "alesia@example.org", primary: true }],
        postal_addresses: [{ country: "LT", locality: "Vilnius" }],
        languages_spoken: ["be"],
      },
      add_tags: ["belarus-2026"],
    });
  });

  it("sends neither name nor city for a sensitive country, and no empty tag list", () => {
    expect(personSignupBody({ ...supporter, country: "BY", cityName: "Minsk" }, { tags: [], sensitive: true })).toEqual({
      person: { email_addresses: [{ address: "alesia@example.org", primary: true }], postal_addresses: [{ country: "BY" }], languages_spoken: ["be"] },
    });
  });

  it("leaves out what it does not have: no name, no city, a language outside the site's", () => {
    expect(personSignupBody({ ...supporter, name: null, cityName: null, locale: "und" }, { tags: [], sensitive: false })).toEqual({
      person: { email_addresses: [{ address: "alesia@example.org", primary: true }], postal_addresses: [{ country: "LT" }] },
    });
  });

  it("unsubscribes with the address and the status only", () => {
    expect(personUnsubscribeBody("alesia@example.org")).toEqual({ person: { email_addresses: [{ address: "alesia@example.org", status: "unsubscribed" }] } });
  });

  it("splits a name at its last word, and keeps a single word as the given name", () => {
    expect(splitName("  Anna   Kowalska ")).toEqual({ given_name: "Anna", family_name: "Kowalska" });
    expect(splitName("Madonna")).toEqual({ given_name: "Madonna" });
    expect(splitName("   ")).toEqual({});
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { blockedWordsFor, classifyMessage, containsLink, containsPhoneNumber, findBlockedWords } from "./classify-message";
import { messageFingerprint, normaliseMessage } from "./normalise-message";

const clean = { blockedWords: [], identicalMessages: 0 };
const reasonsOf = (text: string, context: Partial<typeof clean> = {}) => classifyMessage(text, { ...clean, ...context }).reasons;

describe("classifyMessage", () => {
  it("leaves an ordinary message pending, in any script", () => {
    for (const text of [
      "You are not alone. We remember every political prisoner.",
      "Салідарнасць з усімі, хто застаўся ў Беларусі!",
      "Свободу политзаключённым. 4 августа 2025, Вильнюс.",
      "Since 1994–2024 too many years... stay strong!!!",
      "e.g. freedom of speech, i.e. basic rights. U.S.A. stands with you.",
    ]) {
      expect(classifyMessage(text, clean), text).toEqual({ status: "PENDING", reasons: [] });
    }
  });

  it("holds links with a scheme, www. or a bare domain, also in Cyrillic and disguised", () => {
    for (const text of [
      "see https://example.org/page",
      "visit www.example",
      "go to example.com now",
      "наш сайт: свабода.бел",
      "write to example[.]com",
      "example (dot) org is better",
      "Look: sub.domain.example.co.uk.",
    ]) {
      expect(reasonsOf(text), text).toEqual(["link"]);
    }
  });

  it("holds email addresses (not also as a link)", () => {
    expect(reasonsOf("mail me: anna.k+news@example.org")).toEqual(["email"]);
    expect(reasonsOf("пішыце на ганна@пошта.бел")).toEqual(["email"]);
  });

  it("holds phone numbers however they are written, but not years or short numbers", () => {
    for (const text of ["call +375 29 123-45-67", "tel. 8 (029) 1234567", "0044 20 7946 0958", "123-45-67"]) {
      expect(reasonsOf(text), text).toEqual(["phone"]);
    }
    for (const text of ["since 2020", "1994-2024", "Article 19, 4 August 2025", "12 345"]) {
      expect(reasonsOf(text), text).toEqual([]);
    }
  });

  it("holds runs of eight or more identical characters, seven are fine", () => {
    expect(reasonsOf("Freedom!!!!!!!!")).toEqual(["repeated_characters"]);
    expect(reasonsOf("ааааааааа")).toEqual(["repeated_characters"]);
    expect(reasonsOf("Freedom!!!!!!!")).toEqual([]);
  });

  it("holds a text that at least three other messages already have", () => {
    expect(reasonsOf("Free them all", { identicalMessages: 3 })).toEqual(["duplicate"]);
    expect(reasonsOf("Free them all", { identicalMessages: 2 })).toEqual([]);
  });

  it("lists every reason that applies", () => {
    const result = classifyMessage("idiot!!!!!!!! example.com +375291234567", { blockedWords: ["idiot"], identicalMessages: 5 });
    expect(result.status).toBe("HELD");
    expect(result.reasons).toEqual(["link", "phone", "blocked_word", "repeated_characters", "duplicate"]);
  });
});

describe("findBlockedWords", () => {
  it("matches whole words and phrases case-insensitively in Latin and Cyrillic", () => {
    expect(findBlockedWords("What a DUMB idea", ["dumb"])).toEqual(["dumb"]);
    expect(findBlockedWords("This is a classic", ["ass"])).toEqual([]);
    expect(findBlockedWords("Ты ДУРАК, честно", ["дурак"])).toEqual(["дурак"]);
    expect(findBlockedWords("дураки", ["дурак"])).toEqual([]);
    expect(findBlockedWords("go   Home now", ["go home"])).toEqual(["go home"]);
    expect(findBlockedWords("a (c++) b", ["c++"])).toEqual(["c++"]);
  });

  it("ignores empty entries", () => {
    expect(findBlockedWords("anything", ["", "   "])).toEqual([]);
  });
});

describe("blockedWordsFor", () => {
  it("takes the pledge's language and the list for every language", () => {
    const lists = { en: ["dumb"], ru: ["дурак"], be: ["дурань"], "*": ["spam"] };
    expect(blockedWordsFor(lists, "ru")).toEqual(["дурак", "spam"]);
    expect(blockedWordsFor(lists, "en-GB")).toEqual(["dumb", "spam"]);
    expect(blockedWordsFor(lists, "de")).toEqual(["spam"]);
  });

  it("ignores anything that is not a list of words", () => {
    expect(blockedWordsFor(null, "en")).toEqual([]);
    expect(blockedWordsFor(["dumb"], "en")).toEqual([]);
    expect(blockedWordsFor({ en: "dumb", "*": [1, "ok", null] }, "en")).toEqual(["ok"]);
  });
});

describe("containsLink and containsPhoneNumber", () => {
  it("never throw, whatever the text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 500 }), (text) => {
        expect(typeof containsLink(text)).toBe("boolean");
        expect(typeof containsPhoneNumber(text)).toBe("boolean");
      }),
    );
  });
});

describe("normaliseMessage", () => {
  it("treats case, spacing, punctuation and full-width forms as the same text", () => {
    expect(normaliseMessage("  Free  them ALL!! ")).toBe(normaliseMessage("free them all"));
    expect(messageFingerprint("Ｆｒｅｅ them all")).toBe(messageFingerprint("free them all."));
    expect(messageFingerprint("Свабода!")).toBe(messageFingerprint("свабода"));
    expect(messageFingerprint("free them")).not.toBe(messageFingerprint("free them all"));
    expect(messageFingerprint("!!! ???")).toBeNull();
  });
});

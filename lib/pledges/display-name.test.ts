import { describe, expect, it } from "vitest";
import { publicDisplayName } from "./display-name";

describe("publicDisplayName", () => {
  it.each([
    ["Anna Kowalska", "FULL_NAME", "Anna Kowalska"],
    ["  Anna   Maria  Kowalska ", "FULL_NAME", "Anna Maria Kowalska"],
    ["Anna Maria Kowalska", "FIRST_NAME_INITIAL", "Anna K."],
    ["Алесь бяляцкі", "FIRST_NAME_INITIAL", "Алесь Б."],
    ["Cher", "FIRST_NAME_INITIAL", "Cher"],
    ["Anna Kowalska", "ANONYMOUS", null],
    ["   ", "FULL_NAME", null],
  ] as const)("%j as %s → %j", (name, mode, expected) => {
    expect(publicDisplayName(name, mode)).toBe(expected);
  });
});

import { describe, expect, it } from "vitest";
import { pledgeInputSchema } from "@/lib/pledges/schema";
import { hostileInputs } from "@/tests/fixtures/hostile-inputs";
import { dangerousAttributes, htmlShape } from "@/tests/support/inert-html";
import { renderPledgeEmail, type PledgeEmailKind } from "./pledge-emails";

// A supporter's name is the one piece of their input in our emails. Whatever they typed, the
// email has the same elements and attributes as for a harmless name, says the name exactly,
// and its headers stay single lines.

// Names as the schema stores them (line breaks in a name become spaces there).
const accepted = hostileInputs.flatMap((input) => {
  const parsed = pledgeInputSchema.shape.name.safeParse(input.value);
  return parsed.success ? [{ id: input.id, value: parsed.data }] : [];
});

function render(kind: PledgeEmailKind, name: string, locale = "en") {
  return renderPledgeEmail({
    kind,
    locale,
    to: "anna@example.org",
    name,
    siteUrl: "https://pledge.example.org",
    confirmUrl: "https://pledge.example.org/en/confirm/abc",
    withdrawUrl: "https://pledge.example.org/en/withdraw/def",
  });
}

describe.each(["confirm", "already-signed"] as const)("the %s email", (kind) => {
  it.each(accepted.map((input) => [input.id, input.value] as const))("escapes the name %s", async (_id, name) => {
    const harmless = await render(kind, "Anna Kowalska");
    const hostile = await render(kind, name);
    const [harmlessShape, hostileShape] = [htmlShape(harmless.html), htmlShape(hostile.html)];
    expect(hostileShape.tags).toEqual(harmlessShape.tags);
    expect(hostileShape.attributes).toEqual(harmlessShape.attributes);
    expect(dangerousAttributes(hostileShape)).toEqual(dangerousAttributes(harmlessShape));
    expect(hostileShape.textOf("p")[0]).toBe(`Hello ${name},`);
    expect(hostile.text.split("\n")[0]).toBe(`Hello ${name},`);
    expect(hostile.subject).toBe(harmless.subject);
    expect(`${hostile.to}${hostile.subject}`).not.toMatch(/[\r\n]/);
  });
});

it("escapes names in Belarusian and Russian emails too", async () => {
  for (const locale of ["be", "ru"]) {
    const email = await render("confirm", `<img src=x onerror="alert(1)">`, locale);
    expect(dangerousAttributes(htmlShape(email.html))).toEqual(dangerousAttributes(htmlShape((await render("confirm", "Anna", locale)).html)));
    expect(email.html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
  }
});

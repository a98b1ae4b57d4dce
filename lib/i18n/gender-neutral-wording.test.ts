import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Issue #15: the Russian pledge read "Я солидарен" and its consent "Я согласен(на)", which a woman
// signing has to read as someone else's words. What a supporter says in the first person is
// phrased so it fits everyone ("Я выражаю солидарность", "Я даю согласие").
const masculineOnly: Record<string, RegExp> = {
  // \b knows only ASCII letters, hence the lookarounds.
  ru: /(?<!\p{L})я\s+(?:солидарен|согласен|готов|уверен|рад)(?!\p{L})|\(на\)|\(а\)/iu,
  be: /(?<!\p{L})я\s+(?:салідарны|згодны|гатовы|упэўнены|рады)(?!\p{L})|\(на\)|\(а\)/iu,
};

function textsOf(locale: string): { file: string; text: string }[] {
  const folders = [path.resolve("messages", locale), path.resolve("content", locale)];
  return folders.flatMap((folder) =>
    readdirSync(folder)
      .filter((file) => !file.startsWith("admin"))
      .map((file) => ({ file: path.join(folder, file), text: readFileSync(path.join(folder, file), "utf8") })),
  );
}

describe.each(Object.keys(masculineOnly))("%s supporter-facing wording", (locale) => {
  it("has no first-person phrase in the masculine only", () => {
    const offending = textsOf(locale).filter(({ text }) => masculineOnly[locale]!.test(text.replace(/\s+/g, " ")));
    expect(offending.map(({ file }) => path.relative(process.cwd(), file))).toEqual([]);
  });
});

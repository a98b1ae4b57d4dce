// Client-safe. Cyrillic → Latin spellings under which GeoNames may list a place.
//
// The gazetteer has one Latin name per place, and GeoNames mixes conventions even within one
// country: Belarus has "Hrodna", "Homyel'", "Mahilyow" (BGN/PCGN Belarusian) next to "Vitebsk" and
// "Baranovichi" (BGN/PCGN Russian); Ukraine has "Kyiv", "Kryvyi Rih" (national system) next to
// "Odessa"; Poland and Lithuania use their own alphabets ("Kraków" typed as "Краков"). No single
// scheme matches them all, so a Cyrillic text yields a few plausible spellings and the search tries
// each. A choice applies to every occurrence of its letters in the text, which keeps the number of
// spellings small.

type Position = "start" | "afterVowel" | "afterConsonant";
type Spelling = (letter: string, position: Position) => string;

const VOWELS = new Set("аеёиоуыэюяіїє");
const SIGNS = new Set("ьъ'’ʼ");

/** Letters every scheme spells the same way (after the choices below). */
const FIXED: Record<string, string> = {
  а: "a", б: "b", ґ: "g", д: "d", з: "z", к: "k", л: "l", м: "m", н: "n", о: "o", п: "p", р: "r",
  с: "s", т: "t", у: "u", ф: "f", і: "i", ы: "y", э: "e", ь: "", ъ: "",
};

function fixed(table: Record<string, string>): Spelling {
  return (letter) => table[letter] ?? "";
}

/**
 * ю, я, є: "yu/ya/ye" everywhere (Russian and Belarusian BGN/PCGN); after a consonant either
 * "iu/ia/ie" (Ukrainian, and Lithuanian names: Вильнюс → Vilnius) or a bare vowel (Polish and
 * German names: Люблин → Lublin, Дюссельдорф → Düsseldorf).
 */
const IOTATED_Y: Record<string, string> = { ю: "yu", я: "ya", є: "ye" };
const IOTATED_I: Record<string, string> = { ю: "iu", я: "ia", є: "ie" };
const IOTATED_BARE: Record<string, string> = { ю: "u", я: "a", є: "e" };

function afterConsonant(table: Record<string, string>): Spelling {
  return (letter, position) => (position === "afterConsonant" ? table : IOTATED_Y)[letter] ?? "";
}

interface Choice {
  letters: string;
  spellings: readonly Spelling[];
}

// Ordered from the most speculative to the most common: spellings are enumerated with the last
// choice varying fastest, so if a long text hits the cap, the speculative choices stay at their first option.
const CHOICES: readonly Choice[] = [
  { letters: "шщч", spellings: [fixed({ ш: "sh", щ: "shch", ч: "ch" }), fixed({ ш: "sz", щ: "szcz", ч: "cz" }), fixed({ ш: "s", щ: "sc", ч: "c" })] },
  { letters: "ж", spellings: [fixed({ ж: "zh" }), fixed({ ж: "z" })] },
  { letters: "х", spellings: [fixed({ х: "kh" }), fixed({ х: "h" }), fixed({ х: "ch" })] },
  { letters: "ц", spellings: [fixed({ ц: "ts" }), fixed({ ц: "c" })] },
  { letters: "в", spellings: [fixed({ в: "v" }), fixed({ в: "w" })] },
  { letters: "ў", spellings: [fixed({ ў: "w" }), fixed({ ў: "u" }), fixed({ ў: "v" })] },
  { letters: "ї", spellings: [(_, position) => (position === "start" ? "yi" : "i"), fixed({ ї: "yi" })] },
  { letters: "юяє", spellings: [fixed(IOTATED_Y), afterConsonant(IOTATED_I), afterConsonant(IOTATED_BARE)] },
  { letters: "й", spellings: [fixed({ й: "y" }), fixed({ й: "i" })] },
  { letters: "ё", spellings: [fixed({ ё: "yo" }), fixed({ ё: "e" })] },
  { letters: "е", spellings: [(_, position) => (position === "afterConsonant" ? "e" : "ye"), fixed({ е: "ye" }), fixed({ е: "e" })] },
  { letters: "и", spellings: [fixed({ и: "i" }), fixed({ и: "y" })] },
  // The third spelling is for German and Dutch names: Гамбург → Hamburg, Гановер → Hannover.
  { letters: "г", spellings: [fixed({ г: "g" }), fixed({ г: "h" }), (_, position) => (position === "start" ? "h" : "g")] },
];

const CHOICE_OF = new Map<string, number>(CHOICES.flatMap((choice, index) => [...choice.letters].map((letter) => [letter, index] as const)));

/** Enough for every realistic place name; a pathological text gets its first spellings only. */
const MAX_SPELLINGS = 64;

const CYRILLIC = /\p{Script=Cyrillic}/u;

export function hasCyrillic(text: string): boolean {
  return CYRILLIC.test(text);
}

function positionOf(previous: string | undefined): Position {
  if (previous === undefined || SIGNS.has(previous) || !/\p{L}/u.test(previous)) return "start";
  return VOWELS.has(previous) ? "afterVowel" : "afterConsonant";
}

function spell(letters: readonly string[], picks: readonly number[]): string {
  let latin = "";
  letters.forEach((letter, index) => {
    const choice = CHOICE_OF.get(letter);
    if (choice === undefined) {
      latin += FIXED[letter] ?? letter;
      return;
    }
    const spelling = CHOICES[choice]?.spellings[picks[choice] ?? 0];
    latin += spelling ? spelling(letter, positionOf(letters[index - 1])) : letter;
  });
  return latin;
}

/**
 * Latin spellings of a lower-case text, the BGN/PCGN-Russian-like one first. Non-Cyrillic
 * characters pass through unchanged. A text without Cyrillic yields itself only.
 */
export function transliterateCyrillic(lowerCaseText: string): string[] {
  if (!hasCyrillic(lowerCaseText)) return [lowerCaseText];
  const letters = [...lowerCaseText];
  const present = [...new Set(letters.map((letter) => CHOICE_OF.get(letter)).filter((choice) => choice !== undefined))].sort((a, b) => a - b);
  const picks = CHOICES.map(() => 0);
  const spellings = new Set<string>();
  // Odometer over the choices present in the text; the last one turns fastest.
  for (;;) {
    spellings.add(spell(letters, picks));
    if (spellings.size >= MAX_SPELLINGS) break;
    let wheel = present.length - 1;
    for (; wheel >= 0; wheel--) {
      const choice = present[wheel] ?? 0;
      const options = CHOICES[choice]?.spellings.length ?? 1;
      picks[choice] = ((picks[choice] ?? 0) + 1) % options;
      if (picks[choice] !== 0) break;
    }
    if (wheel < 0) break;
  }
  return [...spellings];
}

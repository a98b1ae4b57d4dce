import { searchKey } from "./country-search-terms";

// Client-safe: the country picker filters these in the browser (components/pledge/country-select.tsx).
export interface CountryOption {
  code: string;
  name: string;
  /** Every name the country is known by in any of our languages, as search keys joined by "|". */
  search: string;
}

/**
 * The options a typed text finds, best first: a name typed in full ("uk" → United Kingdom), then
 * names it begins, then names with a word it begins ("kingdom"). Otherwise in list order.
 */
export function matchCountries(options: CountryOption[], typed: string): CountryOption[] {
  const needle = searchKey(typed);
  if (!needle) return options;
  const ranked: { option: CountryOption; rank: number; index: number }[] = [];
  options.forEach((option, index) => {
    const rank = rankOf(option.search.split("|"), needle);
    if (rank !== null) ranked.push({ option, rank, index });
  });
  return ranked.sort((a, b) => a.rank - b.rank || a.index - b.index).map(({ option }) => option);
}

function rankOf(terms: string[], needle: string): number | null {
  if (terms.includes(needle)) return 0;
  if (terms.some((term) => term.startsWith(needle))) return 1;
  if (terms.some((term) => term.includes(` ${needle}`))) return 2;
  return null;
}

// Names people type for a country beyond the official ones i18n-iso-countries knows, in English,
// Belarusian and Russian alike (a supporter reading the Russian page may still type "Holland").
// Only names that stand for one country: England, Scotland and Wales are in the United Kingdom,
// so they find it. Searching matches any of these, every locale's library names and the ISO code.
export const extraSearchTerms: Record<string, string[]> = {
  AE: ["UAE", "Emirates", "ОАЭ", "Эмираты", "ААЭ", "Эміраты"],
  BY: ["Byelorussia", "Belorussia", "White Russia", "Republic of Belarus", "Белоруссия", "Республика Беларусь", "Рэспубліка Беларусь", "Беларусь", "Białoruś"],
  CD: ["DR Congo", "DRC", "Congo-Kinshasa", "Zaire", "ДР Конго", "ДРК", "Конго-Киншаса", "Заир", "Конга-Кіншаса"],
  CG: ["Congo-Brazzaville", "Конго-Браззавиль", "Конга-Бразавіль"],
  CI: ["Ivory Coast", "Cote d'Ivoire", "Берег Слоновой Кости", "Бераг Слановай Косці"],
  CV: ["Cabo Verde", "Кабо-Верде"],
  CZ: ["Czech Republic", "Czechia", "Чешская Республика", "Чэшская Рэспубліка"],
  DE: ["Deutschland", "ФРГ"],
  GB: ["United Kingdom", "Great Britain", "Britain", "UK", "England", "Scotland", "Wales", "Northern Ireland", "Соединённое Королевство", "Британия", "Англия", "Шотландия", "Уэльс", "Злучанае Каралеўства", "Брытанія", "Англія", "Шатландыя", "Уэльс"],
  KG: ["Kirghizia", "Киргизия", "Кыргызстан", "Кіргізія"],
  KP: ["DPRK", "КНДР", "Северная Корея"],
  KR: ["Korea", "Корея", "Карэя", "Республика Корея"],
  LT: ["Lietuva"],
  LV: ["Latvija"],
  MD: ["Молдова", "Молдавия", "Малдова"],
  MK: ["Macedonia", "Македония", "Македонія"],
  MM: ["Burma", "Бирма", "Бірма"],
  NL: ["Holland", "The Netherlands", "Голландия", "Галандыя", "Нідэрланды"],
  PL: ["Polska"],
  RU: ["Russian Federation", "Российская Федерация", "Расійская Федэрацыя", "Россия"],
  SZ: ["Swaziland", "Свазиленд", "Свазіленд"],
  TL: ["East Timor", "Восточный Тимор", "Усходні Тымор"],
  TR: ["Türkiye", "Turkiye"],
  UA: ["Україна", "Ukraina"],
  US: ["USA", "US", "United States", "America", "США", "Америка", "Соединённые Штаты", "ЗША", "Амерыка"],
  VA: ["Vatican", "Holy See", "Ватикан"],
  VN: ["Viet Nam", "Вьетнам", "В'етнам"],
};

/** Lower case, no accents (ў→у, й→и on both sides), ё→е, punctuation as spaces: "Côte d’Ivoire" finds "cote d ivoire". */
export function searchKey(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

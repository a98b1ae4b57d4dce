// Gazetteer cities for pledges that name one (coordinates as the gazetteer stores them).
export interface TestCity {
  name: string;
  lat: number;
  lon: number;
  geonameId?: number;
}

export const WARSAW: TestCity = { name: "Warsaw", lat: 52.22977, lon: 21.01178, geonameId: 756135 };
export const KRAKOW: TestCity = { name: "Kraków", lat: 50.06143, lon: 19.93658, geonameId: 3094802 };
export const VILNIUS: TestCity = { name: "Vilnius", lat: 54.68916, lon: 25.2798, geonameId: 593116 };
export const MINSK: TestCity = { name: "Minsk", lat: 53.9, lon: 27.56667, geonameId: 625144 };

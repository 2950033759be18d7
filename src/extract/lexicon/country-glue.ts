/**
 * Glue between the way news copy names countries and the world-countries
 * package: short forms and informal names the package does not list as
 * altSpellings, and demonyms it lacks. Data only; keys are ISO 3166-1 alpha-2.
 */

/** Extra names for a country ("U.S." and "America" are the United States). */
export const COUNTRY_EXTRA_NAMES: Readonly<Record<string, readonly string[]>> = {
  US: ['U.S.', 'U.S.A.', 'US', 'USA', 'America', 'United States of America', 'the States'],
  GB: ['U.K.', 'UK', 'Britain', 'Great Britain', 'GB'],
  AE: ['UAE', 'U.A.E.', 'Emirates'],
  KP: ['North Korea', 'DPRK'],
  KR: ['South Korea', 'ROK'],
  CN: ['PRC', "People's Republic of China", 'Mainland China'],
  RU: ['Russian Federation'],
  CD: ['DRC', 'DR Congo', 'Democratic Republic of Congo'],
  CZ: ['Czech Republic'],
  NL: ['Holland'],
  VA: ['Holy See'],
  TR: ['Turkey'],
  CI: ['Ivory Coast'],
  MM: ['Burma'],
  SZ: ['Swaziland'],
  MK: ['Macedonia'],
  PS: ['Palestine', 'Palestinian Territories', 'West Bank and Gaza'],
};

/**
 * Two-letter and three-letter all-caps forms that are safe to read as a country
 * (most ISO codes are not: "IT", "IN", "NO" and "AM" are ordinary words).
 */
export const SAFE_COUNTRY_CODES: ReadonlySet<string> = new Set(['US', 'USA', 'UK', 'UAE', 'DPRK', 'PRC', 'ROK', 'DRC', 'GB']);

/** Demonyms and adjectives the package does not list ("British" is there, "Emirati" may not be). */
export const EXTRA_DEMONYMS: Readonly<Record<string, string>> = {
  'U.S.': 'US',
  US: 'US',
  American: 'US',
  British: 'GB',
  English: 'GB',
  Scottish: 'GB',
  Welsh: 'GB',
  Emirati: 'AE',
  Dutch: 'NL',
  Swiss: 'CH',
  Filipino: 'PH',
  Czech: 'CZ',
  'North Korean': 'KP',
  'South Korean': 'KR',
  Korean: 'KR',
  Palestinian: 'PS',
  Israeli: 'IL',
  Saudi: 'SA',
  Kiwi: 'NZ',
  Aussie: 'AU',
  Soviet: 'RU',
};

/**
 * Place names that are also ordinary capitalised words, first names or
 * months; a gazetteer hit on them alone is not enough to call them a place.
 */
export const AMBIGUOUS_PLACE_NAMES: ReadonlySet<string> = new Set([
  'Of', 'The', 'And', 'Mobile', 'Reading', 'Bath', 'Nice', 'Split', 'Orange', 'Independence', 'Union', 'Liberty',
  'Marion', 'Florence', 'Austin', 'Eugene', 'Charlotte', 'Jackson', 'Lincoln', 'Troy', 'March', 'May', 'August',
  'Hope', 'Mercedes', 'Sale', 'Police', 'University', 'Church', 'Court', 'Centre', 'Center', 'Progress', 'Concord',
  'Enterprise', 'Commerce', 'Opportunity', 'Normal', 'Surprise', 'Temple', 'Camden', 'Salem', 'Madison', 'Warren',
  'Douglas', 'Franklin', 'Clinton', 'Hamilton', 'Wilson', 'Lee', 'Young', 'Most', 'Best', 'Man', 'Sur', 'Bar', 'Van',
  'Male', 'Gap', 'Deal', 'Street', 'Eden', 'Mons', 'Page', 'Price', 'Mission', 'Ocean', 'Royal', 'General', 'Grant',
  'Image', 'Video', 'Photo', 'Sunday', 'Monday', 'Friday', 'Chase', 'Homer', 'Dover', 'Chester', 'Carmel', 'Bell',
]);

/** Continents and world regions the country and city tables lack: [name, latitude, longitude]. */
export const WORLD_REGIONS: readonly (readonly [string, number, number])[] = [
  ['Europe', 54, 15], ['Asia', 34, 100], ['Africa', 2, 21], ['North America', 45, -100], ['South America', -15, -60],
  ['Latin America', -10, -70], ['Central America', 13, -86], ['Middle East', 29, 45], ['Oceania', -20, 150],
  ['Antarctica', -82, 0], ['Arctic', 80, 0], ['Caribbean', 17, -72], ['Scandinavia', 63, 15], ['Balkans', 43, 21],
  ['Southeast Asia', 5, 110], ['East Asia', 35, 115], ['South Asia', 22, 80], ['Central Asia', 45, 65],
  ['Eastern Europe', 50, 30], ['Western Europe', 48, 5], ['Sub-Saharan Africa', 0, 20], ['North Africa', 28, 10],
  ['West Africa', 12, -2], ['East Africa', 0, 37], ['Horn of Africa', 8, 45], ['Persian Gulf', 27, 51],
  ['Pacific', 0, -160], ['Atlantic', 30, -40], ['Mediterranean', 35, 18], ['Gaza Strip', 31.4, 34.4], ['West Bank', 32, 35.3],
];

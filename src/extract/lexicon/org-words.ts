/**
 * Words that make a capitalised name an organisation or a facility. Data only.
 * The last word of a name decides most often ("Red Cross Society"); some
 * organisations open with their head instead ("University of Kent").
 */

/** Last words of organisation names. */
export const ORG_HEADS: ReadonlySet<string> = new Set([
  'Group', 'Agency', 'Ministry', 'Council', 'Committee', 'Commission', 'University', 'College', 'School', 'Academy',
  'Institute', 'Institution', 'Party', 'Inc', 'Corp', 'Corporation', 'Company', 'Co', 'Ltd', 'LLC', 'PLC', 'AG',
  'GmbH', 'SA', 'Association', 'Federation', 'Foundation', 'Fund', 'Trust', 'Society', 'Union', 'League', 'Alliance',
  'Coalition', 'Front', 'Movement', 'Organisation', 'Organization', 'Department', 'Office', 'Bureau', 'Authority',
  'Administration', 'Service', 'Services', 'Force', 'Forces', 'Army', 'Navy', 'Police', 'Guard', 'Church', 'Court',
  'Tribunal', 'Parliament', 'Congress', 'Senate', 'Assembly', 'Cabinet', 'Government', 'Bank', 'Exchange', 'Board',
  'Network', 'News', 'Times', 'Post', 'Herald', 'Gazette', 'Journal', 'Magazine', 'Tribune', 'Telegraph', 'Guardian',
  'Mail', 'Press', 'Review', 'Daily', 'Weekly', 'Chronicle', 'Observer', 'Independent', 'Express', 'Radio',
  'Television', 'TV', 'Channel', 'Broadcasting', 'Studios', 'Records', 'Pictures', 'Airlines', 'Airways', 'Motors',
  'Industries', 'Holdings', 'Partners', 'Systems', 'Technologies', 'Labs', 'Laboratories', 'Museum', 'Gallery',
  'Library', 'Orchestra', 'Band', 'Club', 'Team', 'Legion', 'Brigade', 'Battalion', 'Regiment', 'Corps',
  'Cross', 'Crescent', 'Conference', 'Synod', 'Diocese', 'Commission', 'Secretariat', 'Directorate', 'Unit',
  'Initiative', 'Project', 'Program', 'Programme', 'Centre', 'Center', 'Hospital', 'Clinic', 'District', 'Forum',
]);

/**
 * Sector words that close a company's name ("Example Energy", "Example Shipping").
 * They are also portfolios ("Energy Minister"), so they make a company only after
 * a word that is no country or demonym ("Chilean Energy Minister" is a title).
 */
export const COMPANY_HEADS: ReadonlySet<string> = new Set([
  'Energy', 'Power', 'Oil', 'Petroleum', 'Gas', 'Mining', 'Minerals', 'Metals', 'Steel', 'Resources', 'Shipping',
  'Logistics', 'Freight', 'Railways', 'Railway', 'Rail', 'Telecom', 'Telecoms', 'Communications', 'Electric',
  'Electronics', 'Pharmaceuticals', 'Pharma', 'Chemicals', 'Foods', 'Beverages', 'Brewery', 'Breweries', 'Textiles',
  'Construction', 'Engineering', 'Aerospace', 'Automotive', 'Capital', 'Investments', 'Securities', 'Insurance',
  'Ventures', 'Enterprises', 'Solutions', 'Software', 'Semiconductor', 'Semiconductors', 'Biotech', 'Media',
  'Entertainment', 'Trading', 'Petrochemicals', 'Cement', 'Shipyards', 'Mills', 'Cellular', 'Wireless',
]);

/** First words of organisation names ("Ministry of Culture"). */
export const ORG_OPENERS: ReadonlySet<string> = new Set([
  'University', 'Ministry', 'Department', 'Council', 'Committee', 'Commission', 'Bank', 'Institute', 'Academy',
  'Federation', 'Union', 'League', 'Office', 'Bureau', 'Board', 'Court', 'Church', 'Order', 'Society', 'Association',
  'Municipality', 'Museum', 'Party', 'Agency', 'Organisation', 'Organization', 'House', 'Parliament', 'Senate',
  'Friends', 'Movement', 'Army', 'Navy', 'College', 'School', 'Congress', 'Assembly', 'Foundation', 'Fund',
]);

/** Lower-case words after a name that make it an organisation ("X news agency"). */
export const ORG_TRAILING_NOUNS: ReadonlySet<string> = new Set([
  'agency', 'group', 'party', 'company', 'firm', 'newspaper', 'network', 'channel', 'broadcaster', 'website',
  'magazine', 'organisation', 'organization', 'ministry', 'government', 'militia', 'movement', 'team', 'club',
  'band', 'bank', 'airline', 'corporation', 'council', 'charity', 'union', 'university', 'headquarters', 'spokesman',
  'spokeswoman', 'spokesperson', 'officials', 'employees', 'staff', 'executives', 'shares', 'stock', 'users',
  'television', 'news', 'daily', 'paper', 'tabloid', 'studio', 'label', 'publisher', 'school', 'hospital',
  'reporters', 'reporter', 'journalists', 'editors', 'correspondents', 'subscribers', 'customers', 'members',
]);

/** Last words of named facilities and sites: Location of kind SITE. */
export const SITE_HEADS: ReadonlySet<string> = new Set([
  'Mosque', 'Cathedral', 'Temple', 'Shrine', 'Palace', 'Castle', 'Fort', 'Tower', 'Towers', 'Square', 'Plaza',
  'Stadium', 'Arena', 'Airport', 'Station', 'Port', 'Harbour', 'Harbor', 'Bridge', 'Hall', 'Memorial', 'Monument',
  'Park', 'Garden', 'Gardens', 'Cave', 'Building', 'Mall', 'Market', 'Street', 'Avenue', 'Road', 'Boulevard',
  'Highway', 'Prison', 'Base', 'Camp', 'Zoo', 'Theatre', 'Theater', 'Opera', 'Chapel', 'Abbey', 'Basilica',
  'Factory', 'Plant', 'Mine', 'Dam', 'Canal', 'Tunnel', 'Wall', 'Gate', 'Crossing', 'Checkpoint', 'Hotel',
]);

/** Last words of natural features and areas: Location of kind REGION / OTHER. */
export const GEO_HEADS: ReadonlySet<string> = new Set([
  'River', 'Lake', 'Sea', 'Ocean', 'Gulf', 'Bay', 'Strait', 'Straits', 'Island', 'Islands', 'Mountains',
  'Mountain', 'Mount', 'Hills', 'Valley', 'Desert', 'Peninsula', 'Coast', 'Province', 'County', 'State',
  'Region', 'Territory', 'Territories', 'Prefecture', 'Oblast', 'Governorate', 'Canton', 'Borough', 'City',
  'Village', 'Town', 'Heights', 'Plain', 'Basin', 'Delta', 'Forest', 'Reef',
]);

/**
 * Sites known by a bare name that stand for a government ("the Kremlin said"):
 * key = name, value = [city, ISO country code].
 */
export const WELL_KNOWN_SITES: Readonly<Record<string, readonly [string, string]>> = Object.assign(Object.create(null), {
  Kremlin: ['Moscow', 'RU'],
  'White House': ['Washington', 'US'],
  Pentagon: ['Washington', 'US'],
  'Capitol Hill': ['Washington', 'US'],
  'Downing Street': ['London', 'GB'],
  Westminster: ['London', 'GB'],
  'Elysee Palace': ['Paris', 'FR'],
  'Élysée Palace': ['Paris', 'FR'],
  Elysee: ['Paris', 'FR'],
  'Élysée': ['Paris', 'FR'],
  Vatican: ['Rome', 'VA'],
  'Blue House': ['Seoul', 'KR'],
  'Zhongnanhai': ['Beijing', 'CN'],
  'Quai d’Orsay': ['Paris', 'FR'],
  'Foggy Bottom': ['Washington', 'US'],
  'Whitehall': ['London', 'GB'],
});

/** Well-known international organisations by acronym and full name (glue for acronym merging). */
export const ORG_ACRONYMS: Readonly<Record<string, string>> = Object.assign(Object.create(null), {
  UN: 'United Nations',
  NATO: 'North Atlantic Treaty Organization',
  EU: 'European Union',
  WHO: 'World Health Organization',
  IMF: 'International Monetary Fund',
  WTO: 'World Trade Organization',
  OPEC: 'Organization of the Petroleum Exporting Countries',
  UNESCO: 'United Nations Educational, Scientific and Cultural Organization',
  UNICEF: "United Nations Children's Fund",
  UNHCR: 'United Nations High Commissioner for Refugees',
  OSCE: 'Organization for Security and Co-operation in Europe',
  ASEAN: 'Association of Southeast Asian Nations',
  AU: 'African Union',
  IAEA: 'International Atomic Energy Agency',
  ICC: 'International Criminal Court',
  ICJ: 'International Court of Justice',
  FBI: 'Federal Bureau of Investigation',
  CIA: 'Central Intelligence Agency',
  NSA: 'National Security Agency',
  BBC: 'British Broadcasting Corporation',
  IS: 'Islamic State',
  ISIS: 'Islamic State',
  ISIL: 'Islamic State',
  AP: 'Associated Press',
  AFP: 'Agence France-Presse',
  FIFA: 'FIFA',
  IOC: 'International Olympic Committee',
  OECD: 'Organisation for Economic Co-operation and Development',
});

/**
 * Heads of a descriptive organisation phrase that speaks as a body: "the main
 * Norland opposition group urged…". Not "government" or "ministry": those stand
 * for the country itself and would duplicate its Location.
 */
export const DESCRIPTIVE_ORG_HEADS: ReadonlySet<string> = new Set([
  'group', 'union', 'party', 'coalition', 'alliance', 'movement', 'federation', 'association',
  'front', 'bloc', 'faction', 'organisation', 'organization', 'confederation', 'council',
]);

/** Ranking adjectives that may open such a phrase: "the main", "the largest". */
export const RANKING_ADJECTIVES: ReadonlySet<string> = new Set([
  'main', 'largest', 'biggest', 'leading', 'principal', 'chief', 'oldest', 'only', 'largest', 'major', 'umbrella',
]);

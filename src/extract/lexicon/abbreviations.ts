/**
 * Abbreviations that end with a period but not a sentence ("Mr. Smith",
 * "Jan. 5", "Gen. Lee"). Lower-cased, without the period. Data only.
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'ft', 'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'sgt',
  'cpl', 'adm', 'cmdr', 'gov', 'sen', 'rep', 'rev', 'hon', 'pres', 'supt', 'insp', 'det', 'fr', 'messrs', 'mme',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'inc', 'corp', 'co', 'ltd', 'llc', 'plc', 'bros', 'dept', 'univ', 'assn', 'ave', 'blvd', 'rd',
  'no', 'nos', 'vs', 'v', 'etc', 'e.g', 'i.e', 'approx', 'est', 'fig', 'vol', 'ch', 'pp', 'p', 'al', 'ca', 'cf',
]);

/** Abbreviations that are still followed by a sentence end often enough to allow a split. */
export const SENTENCE_FINAL_ABBREVIATIONS: ReadonlySet<string> = new Set(['etc', 'inc', 'corp', 'ltd', 'co', 'llc', 'plc', 'jr', 'sr']);

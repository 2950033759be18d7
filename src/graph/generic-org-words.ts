/**
 * Words that say what kind of public body something is without saying whose:
 * "Supreme Court", "Foreign Ministry", "Central Bank", "National Assembly" exist
 * in every country, so a name made only of such words cannot identify one body
 * across articles. Data only; the organisation heads come from the extractor's
 * lexicon (src/extract/lexicon/org-words).
 */
export const GENERIC_ORG_MODIFIERS: readonly string[] = [
  'supreme', 'high', 'higher', 'central', 'national', 'federal', 'state', 'constitutional', 'foreign', 'interior',
  'home', 'defence', 'defense', 'justice', 'finance', 'financial', 'economy', 'economic', 'trade', 'health',
  'education', 'culture', 'cultural', 'agriculture', 'energy', 'environment', 'transport', 'labour', 'labor',
  'internal', 'external', 'affairs', 'public', 'general', 'security', 'intelligence', 'armed', 'air', 'military',
  'royal', 'regional', 'provincial', 'municipal', 'city', 'district', 'county', 'local', 'people', 'peoples',
  'electoral', 'election', 'appeals', 'appeal', 'criminal', 'civil', 'border', 'coast', 'prosecutor',
  'prosecutors', 'prosecution', 'attorney', 'upper', 'lower', 'house', 'chamber', 'representatives',
  'ministers', 'presidential', 'prime', 'minister', 'president', 'presidents', 'of', 'the', 'and', 'for', 'on',
];

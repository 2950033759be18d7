/**
 * Organisations of the scale corpus, written for the generator: international
 * bodies with an acronym (introduced once: "the Coastal Trade Council (CTC)",
 * then "the CTC") and national bodies named after their country.
 */

export interface OrganisationEntry {
  /** Full name without the article: "Coastal Trade Council". */
  name: string;
  /** Acronym introduced in parentheses at the first mention, or null. */
  acronym: string | null;
}

export const INTERNATIONAL_ORGANISATIONS: readonly OrganisationEntry[] = [
  { name: 'Coastal Trade Council', acronym: 'CTC' },
  { name: 'International Grain Exchange', acronym: 'IGX' },
  { name: 'Northern Energy Agency', acronym: 'NEA' },
  { name: 'Global Fisheries Authority', acronym: 'GFA' },
  { name: 'Continental Development Bank', acronym: 'CDB' },
  { name: 'World Water Forum', acronym: 'WWF' },
  { name: 'International Rail Union', acronym: 'IRU' },
  { name: 'Southern Security Pact', acronym: 'SSP' },
  { name: 'Organisation for Maritime Cooperation', acronym: 'OMC' },
  { name: 'International Vaccine Alliance', acronym: 'IVA' },
  { name: 'Federation of Port Authorities', acronym: 'FPA' },
  { name: 'Highland Monetary Union', acronym: 'HMU' },
  { name: 'International Election Observers Mission', acronym: 'IEOM' },
  { name: 'Arctic Research Council', acronym: 'ARC' },
  { name: 'Union of Grain Producers', acronym: 'UGP' },
  { name: 'Transcontinental Pipeline Consortium', acronym: 'TPC' },
  { name: 'Council for Digital Standards', acronym: 'CDS' },
  { name: 'International Relief Committee', acronym: 'IRC' },
  { name: 'Eastern Payments Union', acronym: 'EPU' },
  { name: 'Andean Mining Association', acronym: 'AMA' },
];

/** National bodies: "<Demonym> Central Bank", "<Demonym> Electoral Commission". */
export const NATIONAL_BODY_PATTERNS = ['Central Bank', 'Electoral Commission', 'Supreme Court', 'National Assembly', 'State Railways'] as const;

/** Companies that appear in trade and energy stories. */
export const COMPANIES: readonly OrganisationEntry[] = [
  { name: 'Veldra Shipping', acronym: null },
  { name: 'Oranto Steel', acronym: null },
  { name: 'Kessmark Energy', acronym: null },
  { name: 'Brightwater Holdings', acronym: null },
  { name: 'Altamura Motors', acronym: null },
  { name: 'Norvik Telecom', acronym: null },
  { name: 'Caldera Mining', acronym: null },
  { name: 'Silverline Airways', acronym: null },
];

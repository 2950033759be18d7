/**
 * The annotations the extractor produces. Every fact carries its span into the
 * ORIGINAL text (UTF-16 offsets, end exclusive), the rule that produced it and a
 * confidence in 0..1, so that the graph can always show where a fact came from
 * and `--explain` can say why the extractor decided it.
 *
 * Passes (see ./passes) are pure functions: text and earlier annotations in,
 * new annotations out. They never throw on odd text.
 */

export interface Span {
  start: number;
  end: number;
}

/** Why a fact exists: the rule (pass:name) that produced it and how sure it is. */
export interface Provenance {
  rule: string;
  confidence: number;
}

export type EntityType = 'Person' | 'Organization' | 'Location' | 'Event';
export type LocationKind = 'COUNTRY' | 'REGION' | 'CITY' | 'SITE' | 'OTHER';
export type EventKind =
  | 'MEETING'
  | 'NEWS_CONFERENCE'
  | 'ATTACK'
  | 'NEGOTIATION'
  | 'CEASEFIRE'
  | 'CONFLICT'
  | 'ELECTION'
  | 'OTHER';

export const ENTITY_TYPES: readonly EntityType[] = ['Person', 'Organization', 'Location', 'Event'];
export const LOCATION_KINDS: readonly LocationKind[] = ['COUNTRY', 'REGION', 'CITY', 'SITE', 'OTHER'];
export const EVENT_KINDS: readonly EventKind[] = [
  'MEETING',
  'NEWS_CONFERENCE',
  'ATTACK',
  'NEGOTIATION',
  'CEASEFIRE',
  'CONFLICT',
  'ELECTION',
  'OTHER',
];

/** The relation types the scorer knows; the extractor may emit other UPPER_SNAKE types. */
export type CoreRelationType = 'MET' | 'PARTICIPATED_IN' | 'OCCURRED_IN' | 'LOCATED_IN' | 'AFFILIATED_WITH';
export const CORE_RELATION_TYPES: readonly CoreRelationType[] = [
  'MET',
  'PARTICIPATED_IN',
  'OCCURRED_IN',
  'LOCATED_IN',
  'AFFILIATED_WITH',
];

/** A sentence of the document; `index` is its position, 0-based. */
export interface Sentence extends Span {
  index: number;
  /** Paragraph number, 0-based (blank lines separate paragraphs). */
  paragraph: number;
}

/** One place where an entity is named (or, for pronouns, referred to). */
export interface EntityMention extends Span, Provenance {
  text: string;
  /** Index into ExtractionResult.sentences. */
  sentence: number;
  /** True for pronoun mentions ("he"), which are kept for attribution but are not names. */
  pronoun?: boolean;
}

/** A title held by a person: "Secretary of State" of the United States. */
export interface ExtractedRole {
  title: string;
  /** Document-local id of the organisation or country the title belongs to. */
  ofId: string | null;
  /** Where the text says so. */
  evidence: Span;
}

export interface LocationInfo {
  kind: LocationKind;
  /** ISO 3166-1 alpha-2 code of the country this place is or lies in. */
  countryCode: string | null;
  latitude: number | null;
  longitude: number | null;
  /** Stable gazetteer id ("country:RU", "city:RU:moscow"): the cross-document merge key for places. */
  gazetteerId: string | null;
  /** Document-local id of the containing location entity, when it is in the document. */
  withinId: string | null;
  /** Name of the containing place (even when it is not mentioned in the document). */
  withinName: string | null;
}

export interface TimeInfo extends Span {
  /** As written: "on Thursday". */
  text: string;
  /** ISO 8601 date when it could be resolved against the publication date. */
  date: string | null;
}

export interface EventParticipant {
  entityId: string;
  /** Free-text role: "host", "speaker", "claimed responsibility", "broker"... */
  role: string | null;
}

export interface EventInfo {
  kind: EventKind;
  participants: EventParticipant[];
  /** Document-local ids of Location entities where it happened. */
  locationIds: string[];
  time: TimeInfo | null;
}

export interface ExtractedEntity extends Provenance {
  /** Document-local id, e.g. "e1". */
  id: string;
  type: EntityType;
  /** Canonical name: the longest proper name seen, without titles ("John Kerry"). */
  name: string;
  /** Every other surface form ("Kerry", "U.S. Secretary of State John Kerry"). */
  aliases: string[];
  mentions: EntityMention[];
  /** How central the entity is to the article, 0..1. */
  salience: number;
  /** Persons only. */
  roles?: ExtractedRole[];
  gender?: 'male' | 'female' | null;
  /** Locations only. */
  location?: LocationInfo;
  /** Events only. */
  event?: EventInfo;
}

export interface ExtractedQuote extends Span, Provenance {
  id: string;
  /** The quoted words without the quote marks; equals text.slice(start, end). */
  text: string;
  /** True for words inside quote marks; false for reported speech. */
  direct: boolean;
  speakerId: string | null;
  addresseeId: string | null;
  /** Entities named inside the quote. */
  aboutIds: string[];
  sentence: number;
  /** Where the attribution cue stands ("Kerry told Putin"), when there is one. */
  cue?: Span;
}

export interface ExtractedRelation extends Span, Provenance {
  id: string;
  /** One of CORE_RELATION_TYPES, or another UPPER_SNAKE name. */
  type: string;
  sourceId: string;
  targetId: string;
}

export interface DocumentMeta {
  id: string;
  title: string | null;
  /** YYYY-MM-DD when known. */
  publishedAt: string | null;
  source?: string | null;
}

/** The document graph: FORMAT.md's JSON plus the extra facts newsgraph keeps. */
export interface ExtractionResult {
  document: DocumentMeta & {
    /** The dateline place ("Reuters, Moscow :" -> Moscow), when there is one. */
    datelineLocationId?: string | null;
  };
  sentences: Sentence[];
  entities: ExtractedEntity[];
  quotes: ExtractedQuote[];
  relations: ExtractedRelation[];
}

export interface ExtractOptions {
  /** Document id to put in the output (defaults to a content hash prefix). */
  id?: string;
  title?: string | null;
  publishedAt?: string | null;
  source?: string | null;
}

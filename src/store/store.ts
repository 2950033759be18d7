/**
 * The Store: everything newsgraph keeps, behind one asynchronous interface so
 * that the embedded SQLite adapter (the default) and a PostgreSQL adapter are
 * interchangeable without changing callers.
 *
 * Batch methods take a list of keys and return one result per key, in key
 * order (null or an empty page for a missing key), so that DataLoaders can call
 * them directly: one store call per relation per GraphQL request, whatever the
 * number of parents. Paged methods compute `totalCount` with a COUNT.
 */
import type { ExtractionResult } from '../extract/types';
import type {
  DocumentRecord,
  EntityRecord,
  EntityType,
  EventKind,
  IngestCounts,
  MentionRecord,
  Page,
  PageArgs,
  ParticipationRecord,
  QuoteRecord,
  RelationRecord,
  RoleRecord,
} from '../graph/model';

export interface DocumentInput {
  text: string;
  title?: string | null;
  publishedAt?: string | null;
  source?: string | null;
}

export interface IngestResult {
  document: DocumentRecord;
  /** False when the same text was already there: nothing was written. */
  created: boolean;
  counts: IngestCounts;
}

export interface EntityFilter {
  types?: EntityType[];
}

export interface QuoteFilter {
  speakerId?: string;
  /** Case-insensitive substring of the quote text. */
  contains?: string;
}

export interface RelationFilter {
  type?: string;
}

export interface EventFilter {
  kind?: EventKind;
}

export interface StoreStats {
  documents: number;
  entities: number;
  quotes: number;
  relations: number;
  mentions: number;
}

// ---- analyst API: graph questions (A2) ------------------------------------

/** A relation without its evidence: what path search and neighborhoods walk over. */
export interface GraphEdge {
  relationId: string;
  /** Stored relation type (UPPER_SNAKE). */
  type: string;
  sourceId: string;
  targetId: string;
  confidence: number;
}

export interface EdgeFilter {
  /** Only relations of these stored types. */
  types?: string[];
}

/** One item of an entity's timeline: an event it took part in, or a quote it spoke. */
export interface TimelineItem {
  kind: 'EVENT' | 'QUOTE';
  /** Store id of the event (an entity) or of the quote. */
  id: string;
  /** The quote's document, or the document of the event's first mention. */
  documentId: string | null;
  /** Character offset in that document (document order breaks ties). */
  position: number | null;
  /** The date the item is ordered by: the event's date, else the document's publication date. */
  date: string | null;
  dateSource: 'EVENT' | 'PUBLICATION' | 'NONE';
}

export type CooccurrenceScope = 'SENTENCE' | 'DOCUMENT';

export interface Cooccurrence {
  entityId: string;
  /** Shared sentences (SENTENCE scope) or shared documents (DOCUMENT scope). */
  count: number;
  /** Documents in which the two appear together (in the same sentence for SENTENCE scope). */
  documentCount: number;
}

export interface Store {
  /** Applies the numbered migrations not yet applied. Idempotent. */
  migrate(): Promise<void>;
  close(): Promise<void>;

  // ---- writes -------------------------------------------------------------
  /**
   * Writes one document and its extraction in ONE transaction. Entities merge
   * with those already in the graph (see src/graph/merge-keys). Ingesting the
   * same text again writes nothing and returns created=false.
   */
  ingestDocument(input: DocumentInput, extraction: ExtractionResult): Promise<IngestResult>;

  // ---- point lookups (batched; results in key order, null when missing) ----
  getDocuments(ids: readonly string[]): Promise<(DocumentRecord | null)[]>;
  getEntities(ids: readonly string[]): Promise<(EntityRecord | null)[]>;
  getQuotes(ids: readonly string[]): Promise<(QuoteRecord | null)[]>;
  getRelations(ids: readonly string[]): Promise<(RelationRecord | null)[]>;
  getDocumentByHash(contentHash: string): Promise<DocumentRecord | null>;
  stats(): Promise<StoreStats>;
  /**
   * A token that changes whenever the stored graph changes, through this
   * process or another one writing to the same database. Cheap to call on
   * every request: the server keys its response cache on it.
   */
  dataVersion(): Promise<string>;

  // ---- root lists -----------------------------------------------------------
  listDocuments(page: PageArgs): Promise<Page<DocumentRecord>>;
  /** Sorted by mention count, then name. */
  listEntities(filter: EntityFilter, page: PageArgs): Promise<Page<EntityRecord>>;
  /** Entities whose name or alias matches the query, best first. */
  searchEntities(query: string, filter: EntityFilter, page: PageArgs): Promise<Page<EntityRecord>>;
  listQuotes(filter: QuoteFilter, page: PageArgs): Promise<Page<QuoteRecord>>;
  listRelations(filter: RelationFilter, page: PageArgs): Promise<Page<RelationRecord>>;

  // ---- relations of many parents at once (one Page per key, in key order) ---
  mentionsByEntity(entityIds: readonly string[], page: PageArgs): Promise<Page<MentionRecord>[]>;
  documentsByEntity(entityIds: readonly string[], page: PageArgs): Promise<Page<DocumentRecord>[]>;
  relationsByEntity(entityIds: readonly string[], filter: RelationFilter, page: PageArgs): Promise<Page<RelationRecord>[]>;
  /** Quotes spoken by each entity, direct quotes first. */
  quotesBySpeaker(speakerIds: readonly string[], filter: QuoteFilter, page: PageArgs): Promise<Page<QuoteRecord>[]>;
  /** Entities linked to each entity by MET (either direction). */
  metByEntity(entityIds: readonly string[], page: PageArgs): Promise<Page<EntityRecord>[]>;
  /** Events each entity took part in (PARTICIPATED_IN / participants). */
  eventsByParticipant(entityIds: readonly string[], page: PageArgs): Promise<Page<EntityRecord>[]>;
  /** Events that took place at each location (OCCURRED_IN). */
  eventsByLocation(locationIds: readonly string[], page: PageArgs): Promise<Page<EntityRecord>[]>;
  /** People holding a role in, or affiliated with, each organization. */
  membersByOrganization(orgIds: readonly string[], page: PageArgs): Promise<Page<EntityRecord>[]>;
  entitiesByDocument(documentIds: readonly string[], filter: EntityFilter, page: PageArgs): Promise<Page<EntityRecord>[]>;
  quotesByDocument(documentIds: readonly string[], page: PageArgs): Promise<Page<QuoteRecord>[]>;
  eventsByDocument(documentIds: readonly string[], page: PageArgs): Promise<Page<EntityRecord>[]>;

  // ---- small lists (no pagination) ----------------------------------------
  rolesByPerson(personIds: readonly string[]): Promise<RoleRecord[][]>;
  participantsByEvent(eventIds: readonly string[]): Promise<ParticipationRecord[][]>;
  locationsByEvent(eventIds: readonly string[]): Promise<EntityRecord[][]>;

  // ---- analyst API: graph questions (A2) ------------------------------------
  /**
   * Relations with an end in any of the entities, strongest first, at most
   * `limit`: one call per frontier of a graph walk, whatever its size.
   */
  edgesOf(entityIds: readonly string[], filter: EdgeFilter, limit: number): Promise<GraphEdge[]>;
  /** Each entity's events and quotes in date order (event date, else publication date, else document order); one Page per key. */
  timelineByEntity(entityIds: readonly string[], page: PageArgs): Promise<Page<TimelineItem>[]>;
  /** Entities named in the same sentences (or documents) as each entity, most shared first; counted in SQL, one Page per key. */
  cooccurrencesByEntity(
    entityIds: readonly string[],
    scope: CooccurrenceScope,
    filter: EntityFilter,
    page: PageArgs,
  ): Promise<Page<Cooccurrence>[]>;

  // ---- analyst API: filters, full-text search, aggregates (A1) --------------
  /** Entities matching `where`, in `order`; filters, order and COUNT run in SQL. */
  findEntities(where: EntityWhere, order: EntityOrder, page: PageArgs): Promise<Page<EntityRecord>>;
  /** The same per parent through one of the entity relations, one Page per key in key order. */
  findEntitiesBy(scope: EntityScope, keys: readonly string[], where: EntityWhere, order: EntityOrder, page: PageArgs): Promise<Page<EntityRecord>[]>;
  findQuotes(where: QuoteWhere, order: QuoteOrder, page: PageArgs): Promise<Page<QuoteRecord>>;
  findQuotesBy(scope: QuoteScope, keys: readonly string[], where: QuoteWhere, order: QuoteOrder, page: PageArgs): Promise<Page<QuoteRecord>[]>;
  findDocuments(where: DocumentWhere, order: DocumentOrder, page: PageArgs): Promise<Page<DocumentRecord>>;
  /** Documents mentioning each entity, filtered and sorted. */
  findDocumentsByEntity(entityIds: readonly string[], where: DocumentWhere, order: DocumentOrder, page: PageArgs): Promise<Page<DocumentRecord>[]>;
  /** Full-text search of quote text, best first; words are ANDed, a trailing * makes a prefix. */
  searchQuotes(query: string, where: QuoteWhere, page: PageArgs): Promise<Page<TextHit<QuoteRecord>>>;
  /** Full-text search of document titles and text, best first. */
  searchDocuments(query: string, where: DocumentWhere, page: PageArgs): Promise<Page<TextHit<DocumentRecord>>>;
  /** Speakers by number of quotes, most first. */
  quotesPerSpeaker(page: PageArgs): Promise<Page<EntityTally>>;
  /** Events per kind, most first (kinds with no event are left out). */
  eventsPerKind(): Promise<KindTally[]>;
  /** Locations by number of events that took place there, most first. */
  eventsPerPlace(page: PageArgs): Promise<Page<EntityTally>>;
  /** For each entity, its name mentions per document, most first. */
  mentionsPerDocument(entityIds: readonly string[], page: PageArgs): Promise<Page<DocumentTally>[]>;
  /** Relations matching `where`, in `order`; filters, order and COUNT run in SQL. */
  findRelations(where: RelationWhere, order: RelationOrder, page: PageArgs): Promise<Page<RelationRecord>>;
  /** Relations with an end in each entity, filtered and sorted, one Page per key in key order. */
  findRelationsByEntity(entityIds: readonly string[], where: RelationWhere, order: RelationOrder, page: PageArgs): Promise<Page<RelationRecord>[]>;
  /** `searchEntities` with any entity conditions: the best matches among entities meeting `where`. */
  searchEntitiesWhere(query: string, where: EntityWhere, page: PageArgs): Promise<Page<EntityRecord>>;
  /** Name mentions of each entity (document order), only those meeting `where`. */
  findMentionsByEntity(entityIds: readonly string[], where: MentionWhere, page: PageArgs): Promise<Page<MentionRecord>[]>;
}

// ---- analyst API: filters, full-text search, aggregates (A1) ----------------

/** Inclusive range of ISO dates ("2015-03-24"); an end left out is open. */
export interface DateRange {
  from?: string;
  to?: string;
}

/** Conditions on entities, all of which must hold (computed in SQL). */
export interface EntityWhere {
  types?: EntityType[];
  /** Case- and accent-insensitive substring of the name or of an alias. */
  nameContains?: string;
  /** The name or an alias starts with this (case- and accent-insensitive). */
  namePrefix?: string;
  /** Mentioned in this document (store id). */
  documentId?: string;
  /** Mentioned in a document published in this range. */
  published?: DateRange;
  /** Events dated in this range (a month or year overlaps the range). */
  eventDate?: DateRange;
  eventKinds?: EventKind[];
  /** People holding a role whose title has these words ("foreign minister"). */
  roleTitle?: string;
  /** Events that took place at this location (store id). */
  placeId?: string;
  /** Events in which this entity took part (store id). */
  participantId?: string;
}

/** MENTIONS: most mentioned first; DATE_*: events by date, undated last. */
export type EntityOrder = 'MENTIONS' | 'NAME' | 'SALIENCE' | 'DATE_DESC' | 'DATE_ASC';

/** The entity relations that can be filtered per parent (see the Store's batch methods of the same name). */
export type EntityScope =
  | 'metByEntity'
  | 'eventsByParticipant'
  | 'eventsByLocation'
  | 'membersByOrganization'
  | 'entitiesByDocument'
  | 'eventsByDocument';

export interface QuoteWhere {
  speakerIds?: string[];
  /** Case- and accent-insensitive substring of the quote text. */
  contains?: string;
  documentId?: string;
  /** Quoted in a document published in this range. */
  published?: DateRange;
  direct?: boolean;
  /** Quotes about this entity (store id). */
  aboutId?: string;
  /** Spoken by someone holding a role whose title has these words. */
  speakerRoleTitle?: string;
  /** Spoken by an entity whose name or alias contains this. */
  speakerNameContains?: string;
}

/** POSITION: document order; DIRECT_FIRST: direct quotes, then document order. */
export type QuoteOrder = 'POSITION' | 'DIRECT_FIRST' | 'DATE_DESC' | 'DATE_ASC' | 'CONFIDENCE';
export type QuoteScope = 'quotesBySpeaker' | 'quotesByDocument';

export interface DocumentWhere {
  /** Case- and accent-insensitive substring of the title. */
  titleContains?: string;
  published?: DateRange;
  /** Documents that mention this entity (store id). */
  mentionsEntityId?: string;
}

export type DocumentOrder = 'INGESTED' | 'PUBLISHED_DESC' | 'PUBLISHED_ASC' | 'TITLE';

export interface RelationWhere {
  /** Stored relation types (UPPER_SNAKE). */
  types?: string[];
  /** Relations stated in this document (store id). */
  documentId?: string;
  /** Relations stated in a document published in this range. */
  published?: DateRange;
  minConfidence?: number;
  /** Relations whose other end is this entity (store id): either end for root lists. */
  otherId?: string;
}

/** CONFIDENCE: strongest first; EVIDENCE: most stated (evidence spans) first. */
export type RelationOrder = 'CONFIDENCE' | 'EVIDENCE' | 'TYPE';

export interface MentionWhere {
  documentId?: string;
  /** Mentions in documents published in this range. */
  published?: DateRange;
}

/** A full-text hit: the record, its best passage with the matched words marked, and its score (higher is better). */
export interface TextHit<T> {
  record: T;
  snippet: string;
  rank: number;
}

/** Marks around the matched words of a snippet. */
export const SNIPPET_MARKS = { open: '<mark>', close: '</mark>' } as const;

export interface EntityTally {
  entityId: string;
  count: number;
}

export interface DocumentTally {
  documentId: string;
  count: number;
}

export interface KindTally {
  kind: EventKind;
  count: number;
}

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
  /** The entity's events and quotes in date order (event date, else publication date, else document order). */
  timelineOfEntity(entityId: string, page: PageArgs): Promise<Page<TimelineItem>>;
  /** Entities named in the same sentences (or documents) as the entity, most shared first; counted in SQL. */
  cooccurrences(entityId: string, scope: CooccurrenceScope, filter: EntityFilter, page: PageArgs): Promise<Page<Cooccurrence>>;
}

/**
 * The knowledge graph's domain model: what the store keeps and the resolvers
 * read. Records are plain objects with store ids (opaque strings); the GraphQL
 * layer turns them into Relay global ids. Rows never leave the store adapter:
 * adapters map them to these records.
 */
import type { EntityType, EventKind, LocationKind } from '../extract/types';

export type { EntityType, EventKind, LocationKind };

export interface DocumentRecord {
  id: string;
  /** sha256 of the text: the same text is the same document. */
  contentHash: string;
  title: string | null;
  publishedAt: string | null;
  source: string | null;
  text: string;
  /** ISO timestamp of ingestion. */
  ingestedAt: string;
  /** Store id of the dateline place ("Reuters, Moscow :" -> Moscow), when the extractor found one. */
  datelineLocationId?: string | null;
}

/** Fields every entity has; type-specific fields are null for other types. */
export interface EntityRecord {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  /** Highest salience over the documents that mention it, 0..1. */
  salience: number;
  confidence: number;
  mentionCount: number;
  // Location
  locationKind: LocationKind | null;
  countryCode: string | null;
  latitude: number | null;
  longitude: number | null;
  gazetteerId: string | null;
  withinId: string | null;
  // Event
  eventKind: EventKind | null;
  timeText: string | null;
  timeDate: string | null;
}

export interface MentionRecord {
  id: string;
  entityId: string;
  documentId: string;
  start: number;
  end: number;
  text: string;
  /** Span of the sentence that contains the mention (slice of the document text). */
  sentenceStart: number;
  sentenceEnd: number;
  rule: string;
  confidence: number;
}

export interface RoleRecord {
  personId: string;
  title: string;
  ofEntityId: string | null;
  /** Where a document states the role, when known. */
  evidence: SpanRef | null;
}

/** A span of a document: the provenance of a fact. */
export interface SpanRef {
  documentId: string;
  start: number;
  end: number;
  sentenceStart: number;
  sentenceEnd: number;
}

export interface QuoteRecord {
  id: string;
  documentId: string;
  text: string;
  direct: boolean;
  speakerId: string | null;
  addresseeId: string | null;
  aboutIds: string[];
  start: number;
  end: number;
  sentenceStart: number;
  sentenceEnd: number;
  rule: string;
  confidence: number;
}

export interface RelationRecord {
  id: string;
  type: string;
  sourceId: string;
  targetId: string;
  /** Highest confidence seen in any document. */
  confidence: number;
  evidence: SpanRef[];
}

export interface ParticipationRecord {
  eventId: string;
  entityId: string;
  role: string | null;
}

/** Offset pagination, computed by the store: `totalCount` is a COUNT, not a loaded list. */
export interface PageArgs {
  offset: number;
  limit: number;
}

export interface Page<T> {
  items: T[];
  totalCount: number;
}

/** Figures printed after an ingest and returned by `Store.ingestDocument`. */
export interface IngestCounts {
  entities: number;
  mentions: number;
  quotes: number;
  relations: number;
}

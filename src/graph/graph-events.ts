/**
 * GraphEvents: what the server tells live subscribers when the graph changes.
 * An interface, so the in-process implementation (src/server/in-process-events)
 * can give way to a shared one (Redis) when several server processes write to
 * one database, without touching the ingest path or the schema.
 */
import type { IngestCounts } from './model';

export interface DocumentIngestedEvent {
  documentId: string;
  counts: IngestCounts;
}

export interface EntityUpdatedEvent {
  entityId: string;
  /** The document whose ingest created or changed the entity. */
  documentId: string;
}

export interface GraphEvents {
  documentIngested(event: DocumentIngestedEvent): void;
  entityUpdated(event: EntityUpdatedEvent): void;
  /** Events from now on, until the consumer stops iterating (a client disconnects). */
  subscribeDocumentIngested(): AsyncIterable<DocumentIngestedEvent>;
  subscribeEntityUpdated(): AsyncIterable<EntityUpdatedEvent>;
}

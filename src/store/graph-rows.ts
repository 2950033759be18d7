/**
 * Rows of the analyst's graph statements (edges, timelines, co-occurrences)
 * and their mapping to the Store's records, the same for both adapters: each
 * adapter's graph-reads runs its own SQL and maps what comes back here.
 */
import type { Cooccurrence, GraphEdge, TimelineItem } from './store';
import { toId } from './rows';

export interface EdgeRow {
  id: number;
  type: string;
  source_id: number;
  target_id: number;
  confidence: number;
}

export interface TimelineRow {
  kind: 'EVENT' | 'QUOTE';
  item_id: number;
  document_id: number | null;
  position: number | null;
  event_date: string | null;
  sort_date: string | null;
}

export interface CooccurrenceRow {
  entity_id: number;
  count: number;
  documents: number;
}

export function toGraphEdge(row: EdgeRow): GraphEdge {
  return {
    relationId: toId(row.id),
    type: row.type,
    sourceId: toId(row.source_id),
    targetId: toId(row.target_id),
    confidence: row.confidence,
  };
}

/** An item's date is its event's date, else its document's publication day (sort_date), else none. */
export function toTimelineItem(row: TimelineRow): TimelineItem {
  return {
    kind: row.kind,
    id: toId(row.item_id),
    documentId: toId(row.document_id),
    position: row.position,
    date: row.sort_date,
    dateSource: row.event_date !== null ? 'EVENT' : row.sort_date !== null ? 'PUBLICATION' : 'NONE',
  };
}

export function toCooccurrence(row: CooccurrenceRow): Cooccurrence {
  return { entityId: toId(row.entity_id), count: row.count, documentCount: row.documents };
}

/**
 * The SQLite side of the analyst's graph questions: runs GRAPH_SQL and maps
 * rows to the records of the Store interface (rows never leave the adapter).
 */
import type Database from 'better-sqlite3';
import type { Page, PageArgs } from '../../graph/model';
import type { Cooccurrence, CooccurrenceScope, EdgeFilter, EntityFilter, GraphEdge, TimelineItem } from '../store';
import { toId, toRowId } from './rows';
import { GRAPH_SQL, type GraphStatementName } from './graph-statements';

interface EdgeRow {
  id: number;
  type: string;
  source_id: number;
  target_id: number;
  confidence: number;
}

interface TimelineRow {
  kind: 'EVENT' | 'QUOTE';
  item_id: number;
  document_id: number | null;
  position: number | null;
  event_date: string | null;
  published_at: string | null;
  sort_date: string | null;
  total: number;
}

interface CooccurrenceRow {
  entity_id: number;
  count: number;
  documents: number;
  total: number;
}

export class GraphReads {
  private readonly statements = new Map<GraphStatementName, Database.Statement>();

  constructor(private readonly db: Database.Database) {}

  private sql(name: GraphStatementName): Database.Statement {
    let statement = this.statements.get(name);
    if (!statement) {
      statement = this.db.prepare(GRAPH_SQL[name]);
      this.statements.set(name, statement);
    }
    return statement;
  }

  edgesOf(entityIds: readonly string[], filter: EdgeFilter, limit: number): GraphEdge[] {
    const keys = JSON.stringify(entityIds.map(toRowId).filter((id): id is number => id !== null));
    const types = filter.types && filter.types.length > 0 ? JSON.stringify(filter.types) : null;
    const rows = this.sql('edgesOf').all({ keys, types, limit: Math.max(0, Math.floor(limit)) }) as EdgeRow[];
    return rows.map((row) => ({
      relationId: toId(row.id),
      type: row.type,
      sourceId: toId(row.source_id),
      targetId: toId(row.target_id),
      confidence: row.confidence,
    }));
  }

  timelineOfEntity(entityId: string, page: PageArgs): Page<TimelineItem> {
    const id = toRowId(entityId) ?? -1;
    return this.paged('timelineOfEntity', { id }, page, (row: TimelineRow) => ({
      kind: row.kind,
      id: toId(row.item_id),
      documentId: toId(row.document_id),
      position: row.position,
      date: row.sort_date,
      dateSource: row.event_date !== null ? 'EVENT' : row.sort_date !== null ? 'PUBLICATION' : 'NONE',
    }));
  }

  cooccurrences(entityId: string, scope: CooccurrenceScope, filter: EntityFilter, page: PageArgs): Page<Cooccurrence> {
    const id = toRowId(entityId) ?? -1;
    const types = filter.types && filter.types.length > 0 ? JSON.stringify(filter.types) : null;
    const name = scope === 'SENTENCE' ? 'cooccurrences.sentence' : 'cooccurrences.document';
    return this.paged(name, { id, types }, page, (row: CooccurrenceRow) => ({
      entityId: toId(row.entity_id),
      count: row.count,
      documentCount: row.documents,
    }));
  }

  /**
   * Rows of one page with COUNT(*) OVER () as the total; a page past the end
   * has no row to carry the total, so the first row is read to learn it.
   */
  private paged<Row extends { total: number }, T>(
    name: GraphStatementName,
    params: Record<string, unknown>,
    page: PageArgs,
    map: (row: Row) => T,
  ): Page<T> {
    const { offset, limit } = page;
    if (!Number.isInteger(offset) || offset < 0 || !Number.isInteger(limit) || limit < 0) {
      throw new RangeError(`a page needs a whole offset >= 0 and a whole limit >= 0, got offset=${offset} limit=${limit}`);
    }
    const rows = limit === 0 ? [] : (this.sql(name).all({ ...params, offset, limit }) as Row[]);
    if (rows.length > 0) return { items: rows.map(map), totalCount: rows[0].total };
    const first = this.sql(name).get({ ...params, offset: 0, limit: 1 }) as Row | undefined;
    return { items: [], totalCount: first?.total ?? 0 };
  }
}

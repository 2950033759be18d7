/**
 * The SQLite side of the analyst's graph questions: runs GRAPH_SQL and maps
 * rows to the records of the Store interface (rows never leave the adapter).
 */
import type Database from 'better-sqlite3';
import type { Page, PageArgs } from '../../graph/model';
import type { Cooccurrence, CooccurrenceScope, EdgeFilter, EntityFilter, GraphEdge, TimelineItem } from '../store';
import { GRAPH_SQL, type GraphStatementName } from './graph-statements';
import { checkPage, keysParam, pagesByParent } from './pages-by-parent';
import { toId, type PagedColumns } from './rows';

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
  sort_date: string | null;
}

interface CooccurrenceRow {
  entity_id: number;
  count: number;
  documents: number;
}

function typesParam(types: readonly string[] | undefined): string | null {
  return types && types.length > 0 ? JSON.stringify(types) : null;
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
    const rows = this.sql('edgesOf').all({ keys: keysParam(entityIds), types: typesParam(filter.types), limit: Math.max(0, Math.floor(limit)) }) as EdgeRow[];
    return rows.map((row) => ({
      relationId: toId(row.id),
      type: row.type,
      sourceId: toId(row.source_id),
      targetId: toId(row.target_id),
      confidence: row.confidence,
    }));
  }

  timelineByEntity(entityIds: readonly string[], page: PageArgs): Page<TimelineItem>[] {
    const { offset, limit } = checkPage(page);
    const rows = this.sql('timelineByEntity').all({ keys: keysParam(entityIds), offset, limit }) as (TimelineRow & PagedColumns)[];
    return pagesByParent(entityIds, rows, page, (row: TimelineRow) => ({
      kind: row.kind,
      id: toId(row.item_id),
      documentId: toId(row.document_id),
      position: row.position,
      date: row.sort_date,
      dateSource: row.event_date !== null ? 'EVENT' : row.sort_date !== null ? 'PUBLICATION' : 'NONE',
    }));
  }

  cooccurrencesByEntity(entityIds: readonly string[], scope: CooccurrenceScope, filter: EntityFilter, page: PageArgs): Page<Cooccurrence>[] {
    const { offset, limit } = checkPage(page);
    const name = scope === 'SENTENCE' ? 'cooccurrencesByEntity.sentence' : 'cooccurrencesByEntity.document';
    const rows = this.sql(name).all({ keys: keysParam(entityIds), types: typesParam(filter.types), offset, limit }) as (CooccurrenceRow & PagedColumns)[];
    return pagesByParent(entityIds, rows, page, (row: CooccurrenceRow) => ({
      entityId: toId(row.entity_id),
      count: row.count,
      documentCount: row.documents,
    }));
  }
}

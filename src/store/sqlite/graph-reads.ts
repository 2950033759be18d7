/**
 * The SQLite side of the analyst's graph questions: runs GRAPH_SQL and maps
 * rows to the records of the Store interface (rows never leave the adapter).
 */
import type Database from 'better-sqlite3';
import type { Page, PageArgs } from '../../graph/model';
import type { Cooccurrence, CooccurrenceScope, EdgeFilter, EntityFilter, GraphEdge, TimelineItem } from '../store';
import { toCooccurrence, toGraphEdge, toTimelineItem, type CooccurrenceRow, type EdgeRow, type TimelineRow } from '../graph-rows';
import { GRAPH_SQL, type GraphStatementName } from './graph-statements';
import { checkPage, pagesByParent } from '../pages-by-parent';
import { keysParam } from './keys-param';
import type { PagedColumns } from '../rows';

function typesParam(types: readonly string[] | undefined): string | null {
  return types && types.length > 0 ? JSON.stringify(types) : null;
}

/** edgesOf's columns in order: id, type, source_id, target_id, confidence. */
type EdgeTuple = [EdgeRow['id'], EdgeRow['type'], EdgeRow['source_id'], EdgeRow['target_id'], EdgeRow['confidence']];

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
    // A hub has thousands of edges: rows as arrays (raw) cost a third less to read than
    // as objects keyed by column name.
    const rows = this.rawEdges.all({ keys: keysParam(entityIds), types: typesParam(filter.types), limit: Math.max(0, Math.floor(limit)) }) as EdgeTuple[];
    return rows.map(([id, type, source_id, target_id, confidence]) => toGraphEdge({ id, type, source_id, target_id, confidence }));
  }

  private get rawEdges(): Database.Statement {
    return (this.rawEdgesStatement ??= this.db.prepare(GRAPH_SQL.edgesOf).raw(true));
  }

  private rawEdgesStatement?: Database.Statement;

  timelineByEntity(entityIds: readonly string[], page: PageArgs): Page<TimelineItem>[] {
    const { offset, limit } = checkPage(page);
    const rows = this.sql('timelineByEntity').all({ keys: keysParam(entityIds), offset, limit }) as (TimelineRow & PagedColumns)[];
    return pagesByParent(entityIds, rows, page, toTimelineItem);
  }

  cooccurrencesByEntity(entityIds: readonly string[], scope: CooccurrenceScope, filter: EntityFilter, page: PageArgs): Page<Cooccurrence>[] {
    const { offset, limit } = checkPage(page);
    const name = scope === 'SENTENCE' ? 'cooccurrencesByEntity.sentence' : 'cooccurrencesByEntity.document';
    const rows = this.sql(name).all({ keys: keysParam(entityIds), types: typesParam(filter.types), offset, limit }) as (CooccurrenceRow & PagedColumns)[];
    return pagesByParent(entityIds, rows, page, toCooccurrence);
  }
}

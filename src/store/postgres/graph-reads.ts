/**
 * The PostgreSQL side of the analyst's graph questions (edges of a frontier,
 * timelines, co-occurrences): the statements of
 * src/store/sqlite/graph-statements.ts ported, with the same answers, and the
 * same row mapping as src/store/sqlite/graph-reads.ts. One statement per call.
 */
import type { Page, PageArgs } from '../../graph/model';
import type { Cooccurrence, CooccurrenceScope, EdgeFilter, EntityFilter, GraphEdge, TimelineItem } from '../store';
import { toCooccurrence, toGraphEdge, toTimelineItem, type CooccurrenceRow, type EdgeRow, type TimelineRow } from '../graph-rows';
import { checkPage, pagesByParent } from '../pages-by-parent';
import type { PagedColumns } from '../rows';
import type { PgQueryable } from './queryable';
import { keysParam } from './row-ids';
import { compileNamed, KEYS, PAGE, RANK, type CompiledStatement } from './statements';

const TYPES_FILTER = `(@types::text[] IS NULL OR r.type = ANY(@types::text[]))`;

/** Co-occurrence counts per key: `mine` = where the key is named, `counts` = who else is named there. */
function cooccurrences(mine: string, counts: string): string {
  return `WITH ${KEYS},
  mine AS (${mine}),
  counts AS (${counts}),
  ranked AS (
    SELECT c.parent, c.entity_id, c.count, c.documents, ${RANK}
    FROM counts c JOIN entities e ON e.id = c.entity_id
    WHERE (@types::text[] IS NULL OR e.type = ANY(@types::text[]))
    WINDOW w AS (PARTITION BY c.parent ORDER BY c.count DESC, e.mention_count DESC, e.name COLLATE "C", e.id)
  )
  SELECT * FROM ranked p ${PAGE}`;
}

const GRAPH_SQL = {
  /**
   * Every relation with an end in the frontier, as bare edges, strongest
   * first within the budget; UNION removes a relation whose both ends are in
   * the frontier. The edge's columns come from the (end, type, other end)
   * indexes, which carry id and confidence (migration 008): a hub's 2,000
   * relations are read from the index alone, not fetched again by id.
   */
  edgesOf: `WITH ${KEYS},
  hits AS (
    SELECT r.id, r.type, r.source_id, r.target_id, r.confidence FROM keys JOIN relations r ON r.source_id = keys.k WHERE ${TYPES_FILTER}
    UNION
    SELECT r.id, r.type, r.source_id, r.target_id, r.confidence FROM keys JOIN relations r ON r.target_id = keys.k WHERE ${TYPES_FILTER}
  )
  SELECT hits.id, hits.type, hits.source_id, hits.target_id, hits.confidence
  FROM hits
  ORDER BY hits.confidence DESC, hits.id
  LIMIT @limit::int`,

  /**
   * Each key's events (as participant, or as the place where they happened)
   * and the quotes it spoke, paged per key. Dated by the event's own date,
   * else by the publication date of the document (the event's first mention,
   * the quote's document); undated items last, then in document and text order.
   */
  timelineByEntity: `WITH ${KEYS},
  events AS (
    SELECT keys.k AS parent, p.event_id AS id FROM keys JOIN event_participants p ON p.entity_id = keys.k
    UNION SELECT keys.k, r.target_id FROM keys JOIN relations r ON r.source_id = keys.k AND r.type = 'PARTICIPATED_IN'
    UNION SELECT keys.k, l.event_id FROM keys JOIN event_locations l ON l.location_id = keys.k
    UNION SELECT keys.k, r.source_id FROM keys JOIN relations r ON r.target_id = keys.k AND r.type = 'OCCURRED_IN'
  ),
  items AS (
    SELECT ev.parent, 'EVENT'::text AS kind, e.id AS item_id, e.time_date AS event_date,
      first.document_id, first.start AS position
    FROM events ev JOIN entities e ON e.id = ev.id AND e.type = 'Event'
    LEFT JOIN LATERAL (
      SELECT m.document_id, m.start FROM mentions m WHERE m.entity_id = e.id ORDER BY m.document_id, m.start LIMIT 1
    ) first ON TRUE
    UNION ALL
    SELECT keys.k, 'QUOTE', q.id, NULL, q.document_id, q.start FROM keys JOIN quotes q ON q.speaker_id = keys.k
  ),
  dated AS (
    SELECT i.parent, i.kind, i.item_id, i.document_id, i.position, i.event_date,
      COALESCE(i.event_date, substr(d.published_at, 1, 10)) AS sort_date
    FROM items i LEFT JOIN documents d ON d.id = i.document_id
  ),
  ranked AS (
    SELECT dated.*, ${RANK} FROM dated
    WINDOW w AS (PARTITION BY parent ORDER BY sort_date IS NULL, sort_date COLLATE "C", document_id, position, kind COLLATE "C", item_id)
  )
  SELECT * FROM ranked p ${PAGE}`,

  /** Per key: entities named in the same sentences, by number of shared sentences. */
  'cooccurrencesByEntity.sentence': cooccurrences(
    `SELECT DISTINCT keys.k AS parent, m.document_id, m.sentence_index
    FROM keys JOIN mentions m ON m.entity_id = keys.k WHERE m.pronoun = 0`,
    `SELECT mine.parent, o.entity_id, COUNT(DISTINCT (o.document_id, o.sentence_index))::int AS count,
      COUNT(DISTINCT o.document_id)::int AS documents
    FROM mine JOIN mentions o ON o.document_id = mine.document_id AND o.sentence_index = mine.sentence_index
    WHERE o.entity_id <> mine.parent AND o.pronoun = 0
    GROUP BY mine.parent, o.entity_id`,
  ),

  /** Per key: entities named in the same documents, by number of shared documents. */
  'cooccurrencesByEntity.document': cooccurrences(
    `SELECT keys.k AS parent, ed.document_id FROM keys JOIN entity_documents ed ON ed.entity_id = keys.k`,
    `SELECT mine.parent, o.entity_id, COUNT(*)::int AS count, COUNT(*)::int AS documents
    FROM mine JOIN entity_documents o ON o.document_id = mine.document_id
    WHERE o.entity_id <> mine.parent
    GROUP BY mine.parent, o.entity_id`,
  ),
} as const;

type GraphStatementName = keyof typeof GRAPH_SQL;

const COMPILED = Object.fromEntries(
  Object.entries(GRAPH_SQL).map(([name, sql]) => [name, compileNamed(`newsgraph.graph.${name}`, sql)]),
) as Record<GraphStatementName, CompiledStatement>;

function typesParam(types: readonly string[] | undefined): readonly string[] | null {
  return types && types.length > 0 ? types : null;
}

export class PgGraphReads {
  constructor(private readonly db: PgQueryable) {}

  private async run<Row>(name: GraphStatementName, params: Record<string, unknown>): Promise<Row[]> {
    const statement = COMPILED[name];
    const values = statement.params.map((param) => params[param] ?? null);
    const result = await this.db.query(statement.text, values);
    return result.rows as Row[];
  }

  async edgesOf(entityIds: readonly string[], filter: EdgeFilter, limit: number): Promise<GraphEdge[]> {
    const keys = keysParam(entityIds);
    const budget = Math.max(0, Math.floor(limit));
    if (keys.length === 0 || budget === 0) return [];
    const rows = await this.run<EdgeRow>('edgesOf', { keys, types: typesParam(filter.types), limit: budget });
    return rows.map(toGraphEdge);
  }

  async timelineByEntity(entityIds: readonly string[], page: PageArgs): Promise<Page<TimelineItem>[]> {
    const { offset, limit } = checkPage(page);
    const keys = keysParam(entityIds);
    if (keys.length === 0) return entityIds.map(() => ({ items: [], totalCount: 0 }));
    const rows = await this.run<TimelineRow & PagedColumns>('timelineByEntity', { keys, offset, limit });
    return pagesByParent(entityIds, rows, page, toTimelineItem);
  }

  async cooccurrencesByEntity(entityIds: readonly string[], scope: CooccurrenceScope, filter: EntityFilter, page: PageArgs): Promise<Page<Cooccurrence>[]> {
    const { offset, limit } = checkPage(page);
    const keys = keysParam(entityIds);
    if (keys.length === 0) return entityIds.map(() => ({ items: [], totalCount: 0 }));
    const name = scope === 'SENTENCE' ? 'cooccurrencesByEntity.sentence' : 'cooccurrencesByEntity.document';
    const rows = await this.run<CooccurrenceRow & PagedColumns>(name, { keys, types: typesParam(filter.types), offset, limit });
    return pagesByParent(entityIds, rows, page, toCooccurrence);
  }
}

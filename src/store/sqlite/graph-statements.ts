/**
 * SQL of the analyst's graph questions (path, neighborhood, timeline,
 * co-occurrences), kept apart from statements.ts so that the two sets grow
 * independently. Each statement is named after the Store method that runs it.
 */

import { KEYS, PAGE, RANK } from './statements';

const TYPES_FILTER = `(@types IS NULL OR r.type IN (SELECT value FROM json_each(@types)))`;
/** Co-occurrence counts per key: `mine` = where the key is named, `counts` = who else is named there. */
function cooccurrences(mine: string, counts: string): string {
  return `WITH ${KEYS},
  mine AS (${mine}),
  counts AS (${counts}),
  ranked AS (
    SELECT c.parent, c.entity_id, c.count, c.documents, ${RANK}
    FROM counts c CROSS JOIN entities e ON e.id = c.entity_id
    WHERE (@types IS NULL OR e.type IN (SELECT value FROM json_each(@types)))
    WINDOW w AS (PARTITION BY c.parent ORDER BY c.count DESC, e.mention_count DESC, e.name, e.id)
  )
  SELECT * FROM ranked p ${PAGE}`;
}

export const GRAPH_SQL = {
  /**
   * Every relation with an end in the frontier, as bare edges (no evidence):
   * the path search reads many of them and keeps few. Two index seeks per key
   * (source side, target side), each reading only the covering end index
   * (009: the confidence is in it). A relation whose both ends are in the
   * frontier comes from the source side only (UNION ALL, no de-duplicating
   * B-tree over a hub's thousands of edges). Strongest first, so a budget keeps
   * the best edges.
   */
  edgesOf: `WITH ${KEYS}
  SELECT r.id, r.type, r.source_id, r.target_id, r.confidence
  FROM keys CROSS JOIN relations r ON r.source_id = keys.k WHERE ${TYPES_FILTER}
  UNION ALL
  SELECT r.id, r.type, r.source_id, r.target_id, r.confidence
  FROM keys CROSS JOIN relations r ON r.target_id = keys.k
  WHERE ${TYPES_FILTER} AND r.source_id NOT IN (SELECT k FROM keys)
  ORDER BY 5 DESC, 1
  LIMIT @limit`,

  /**
   * Each key's events (as participant, or as the place where they happened)
   * and the quotes it spoke, paged per key in ONE statement (see statements.ts
   * for the ROW_NUMBER/COUNT window pattern). Dated by the event's own date,
   * else by the publication date of the document (the event's first mention,
   * the quote's document); undated items last, then in document and text order.
   */
  timelineByEntity: `WITH ${KEYS},
  events AS (
    SELECT keys.k AS parent, p.event_id AS id FROM keys CROSS JOIN event_participants p ON p.entity_id = keys.k
    UNION SELECT keys.k, r.target_id FROM keys CROSS JOIN relations r ON r.source_id = keys.k AND r.type = 'PARTICIPATED_IN'
    UNION SELECT keys.k, l.event_id FROM keys CROSS JOIN event_locations l ON l.location_id = keys.k
    UNION SELECT keys.k, r.source_id FROM keys CROSS JOIN relations r ON r.target_id = keys.k AND r.type = 'OCCURRED_IN'
  ),
  items AS (
    SELECT ev.parent, 'EVENT' AS kind, e.id AS item_id, e.time_date AS event_date,
      (SELECT m.document_id FROM mentions m WHERE m.entity_id = e.id ORDER BY m.document_id, m.start LIMIT 1) AS document_id,
      (SELECT m.start FROM mentions m WHERE m.entity_id = e.id ORDER BY m.document_id, m.start LIMIT 1) AS position
    FROM events ev CROSS JOIN entities e ON e.id = ev.id AND e.type = 'Event'
    UNION ALL
    SELECT keys.k, 'QUOTE', q.id, NULL, q.document_id, q.start FROM keys CROSS JOIN quotes q ON q.speaker_id = keys.k
  ),
  dated AS (
    SELECT i.parent, i.kind, i.item_id, i.document_id, i.position, i.event_date,
      COALESCE(i.event_date, substr(d.published_at, 1, 10)) AS sort_date
    FROM items i LEFT JOIN documents d ON d.id = i.document_id
  ),
  ranked AS (
    SELECT dated.*, ${RANK} FROM dated
    WINDOW w AS (PARTITION BY parent ORDER BY sort_date IS NULL, sort_date, document_id, position, kind, item_id)
  )
  SELECT * FROM ranked p ${PAGE}`,

  /** Per key: entities named in the same sentences, by number of shared sentences. */
  'cooccurrencesByEntity.sentence': cooccurrences(
    `SELECT DISTINCT keys.k AS parent, m.document_id, m.sentence_index
    FROM keys CROSS JOIN mentions m ON m.entity_id = keys.k WHERE m.pronoun = 0`,
    `SELECT mine.parent, o.entity_id, COUNT(DISTINCT o.document_id || ':' || o.sentence_index) AS count,
      COUNT(DISTINCT o.document_id) AS documents
    FROM mine CROSS JOIN mentions o ON o.document_id = mine.document_id AND o.sentence_index = mine.sentence_index
    WHERE o.entity_id <> mine.parent AND o.pronoun = 0
    GROUP BY mine.parent, o.entity_id`,
  ),

  /** Per key: entities named in the same documents, by number of shared documents. */
  'cooccurrencesByEntity.document': cooccurrences(
    `SELECT keys.k AS parent, ed.document_id FROM keys CROSS JOIN entity_documents ed ON ed.entity_id = keys.k`,
    `SELECT mine.parent, o.entity_id, COUNT(*) AS count, COUNT(*) AS documents
    FROM mine CROSS JOIN entity_documents o ON o.document_id = mine.document_id
    WHERE o.entity_id <> mine.parent
    GROUP BY mine.parent, o.entity_id`,
  ),
} as const;

export type GraphStatementName = keyof typeof GRAPH_SQL;

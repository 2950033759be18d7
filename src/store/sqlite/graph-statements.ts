/**
 * SQL of the analyst's graph questions (path, neighborhood, timeline,
 * co-occurrences), kept apart from statements.ts so that the two sets grow
 * independently. Each statement is named after the Store method that runs it.
 */

const TYPES_FILTER = `(@types IS NULL OR r.type IN (SELECT value FROM json_each(@types)))`;

export const GRAPH_SQL = {
  /**
   * Every relation with an end in the frontier, as bare edges (no evidence):
   * the path search reads many of them and keeps few. Two index seeks per key
   * (source side, target side); UNION removes a relation whose both ends are
   * in the frontier. Strongest first, so a budget keeps the best edges.
   */
  edgesOf: `WITH keys AS (SELECT DISTINCT value AS k FROM json_each(@keys)),
  hits AS (
    SELECT r.id FROM keys CROSS JOIN relations r ON r.source_id = keys.k WHERE ${TYPES_FILTER}
    UNION
    SELECT r.id FROM keys CROSS JOIN relations r ON r.target_id = keys.k WHERE ${TYPES_FILTER}
  )
  SELECT r.id, r.type, r.source_id, r.target_id, r.confidence
  FROM hits CROSS JOIN relations r ON r.id = hits.id
  ORDER BY r.confidence DESC, r.id
  LIMIT @limit`,

  /**
   * The entity's events (as participant, or as the place where they happened)
   * and the quotes it spoke, dated by the event's own date, else by the
   * publication date of the document (the event's first mention, the quote's
   * document); undated items last, then in document and text order.
   */
  timelineOfEntity: `WITH events AS (
    SELECT p.event_id AS id FROM event_participants p WHERE p.entity_id = @id
    UNION SELECT r.target_id FROM relations r WHERE r.source_id = @id AND r.type = 'PARTICIPATED_IN'
    UNION SELECT l.event_id FROM event_locations l WHERE l.location_id = @id
    UNION SELECT r.source_id FROM relations r WHERE r.target_id = @id AND r.type = 'OCCURRED_IN'
  ),
  items AS (
    SELECT 'EVENT' AS kind, e.id AS item_id, e.time_date AS event_date,
      (SELECT m.document_id FROM mentions m WHERE m.entity_id = e.id ORDER BY m.document_id, m.start LIMIT 1) AS document_id,
      (SELECT m.start FROM mentions m WHERE m.entity_id = e.id ORDER BY m.document_id, m.start LIMIT 1) AS position
    FROM events CROSS JOIN entities e ON e.id = events.id AND e.type = 'Event'
    UNION ALL
    SELECT 'QUOTE', q.id, NULL, q.document_id, q.start FROM quotes q WHERE q.speaker_id = @id
  ),
  dated AS (
    SELECT i.kind, i.item_id, i.document_id, i.position, i.event_date, d.published_at,
      COALESCE(i.event_date, substr(d.published_at, 1, 10)) AS sort_date
    FROM items i LEFT JOIN documents d ON d.id = i.document_id
  )
  SELECT kind, item_id, document_id, position, event_date, published_at, sort_date, COUNT(*) OVER () AS total
  FROM dated
  ORDER BY sort_date IS NULL, sort_date, document_id, position, kind, item_id
  LIMIT @limit OFFSET @offset`,

  /** Entities named in the same sentences as the entity, by number of shared sentences. */
  'cooccurrences.sentence': `WITH mine AS (
    SELECT DISTINCT m.document_id, m.sentence_index FROM mentions m WHERE m.entity_id = @id AND m.pronoun = 0
  ),
  counts AS (
    SELECT o.entity_id, COUNT(DISTINCT o.document_id || ':' || o.sentence_index) AS count,
      COUNT(DISTINCT o.document_id) AS documents
    FROM mine CROSS JOIN mentions o ON o.document_id = mine.document_id AND o.sentence_index = mine.sentence_index
    WHERE o.entity_id <> @id AND o.pronoun = 0
    GROUP BY o.entity_id
  )
  SELECT c.entity_id, c.count, c.documents, COUNT(*) OVER () AS total
  FROM counts c CROSS JOIN entities e ON e.id = c.entity_id
  WHERE (@types IS NULL OR e.type IN (SELECT value FROM json_each(@types)))
  ORDER BY c.count DESC, e.mention_count DESC, e.name, e.id
  LIMIT @limit OFFSET @offset`,

  /** Entities named in the same documents as the entity, by number of shared documents. */
  'cooccurrences.document': `WITH mine AS (
    SELECT ed.document_id FROM entity_documents ed WHERE ed.entity_id = @id
  ),
  counts AS (
    SELECT o.entity_id, COUNT(*) AS count, COUNT(*) AS documents
    FROM mine CROSS JOIN entity_documents o ON o.document_id = mine.document_id
    WHERE o.entity_id <> @id
    GROUP BY o.entity_id
  )
  SELECT c.entity_id, c.count, c.documents, COUNT(*) OVER () AS total
  FROM counts c CROSS JOIN entities e ON e.id = c.entity_id
  WHERE (@types IS NULL OR e.type IN (SELECT value FROM json_each(@types)))
  ORDER BY c.count DESC, e.mention_count DESC, e.name, e.id
  LIMIT @limit OFFSET @offset`,
} as const;

export type GraphStatementName = keyof typeof GRAPH_SQL;

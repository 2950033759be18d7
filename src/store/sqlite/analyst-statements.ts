/**
 * SQL of the analyst API: filtered and sorted lists, full-text search and
 * aggregates. Filters are optional, so the statements are composed from the
 * conditions actually given (an `@x IS NULL OR ...` for every possible filter
 * would hide the indexes from the planner); each distinct shape is prepared
 * once and cached by its text (see AnalystReads).
 *
 * Conditions are written as `e.id IN (SELECT ... )` over an indexed column so
 * that the filter is one index lookup, and the ranking reads ids before the
 * page's full rows, as in statements.ts.
 */
import type { DocumentOrder, EntityOrder, EntityScope, QuoteOrder, QuoteScope, RelationOrder } from '../store';
import { DOCUMENT_COLUMNS, ENTITY_COLUMNS, KEYS, MENTION_COLUMNS, PAGE, paged, QUOTE_COLUMNS, RANK, RELATION_COLUMNS } from './statements';

// ---- entity conditions ------------------------------------------------------

export const ENTITY_CONDITIONS = {
  types: `e.type IN (SELECT value FROM json_each(@types))`,
  // The trigram index answers LIKE '%x%' without reading every name.
  nameContains: `e.id IN (SELECT t.entity_id FROM entity_names_trigram t WHERE t.name_key LIKE '%' || @nameContains || '%')`,
  namePrefix: `e.id IN (SELECT n.entity_id FROM entity_names n WHERE n.name_key >= @namePrefix AND n.name_key < @namePrefix || char(1114111))`,
  documentId: `e.id IN (SELECT ed.entity_id FROM entity_documents ed WHERE ed.document_id = @documentId)`,
  publishedFrom: `e.id IN (SELECT ed.entity_id FROM documents d CROSS JOIN entity_documents ed ON ed.document_id = d.id
    WHERE d.published_at >= @publishedFrom AND d.published_at < @publishedUntil)`,
  // A month or a year overlaps the range: "2015-09" is within 2015-09-20..2015-10-01.
  // @eventUntil is the range's end followed by U+FFFF, so "2015-09-24" is within ..2015-09.
  eventDate: `e.time_date IS NOT NULL AND e.time_date < @eventUntil AND @eventFrom <= e.time_date || char(65535)`,
  eventKinds: `e.event_kind IN (SELECT value FROM json_each(@eventKinds))`,
  // Whole words of the title: "state" finds "secretary of state", "us" does not find "russian ...".
  roleTitle: `e.id IN (SELECT ro.person_id FROM roles ro WHERE instr(' ' || ro.title_key || ' ', ' ' || @roleTitle || ' ') > 0)`,
  placeId: `e.id IN (SELECT el.event_id FROM event_locations el WHERE el.location_id = @placeId
    UNION SELECT r.source_id FROM relations r WHERE r.target_id = @placeId AND r.type = 'OCCURRED_IN')`,
  participantId: `e.id IN (SELECT ep.event_id FROM event_participants ep WHERE ep.entity_id = @participantId
    UNION SELECT r.target_id FROM relations r WHERE r.source_id = @participantId AND r.type = 'PARTICIPATED_IN')`,
} as const;

export const ENTITY_ORDERS: Record<EntityOrder, string> = {
  MENTIONS: 'e.mention_count DESC, e.name, e.id',
  NAME: 'e.name_key, e.id',
  SALIENCE: 'e.salience DESC, e.mention_count DESC, e.id',
  DATE_DESC: 'e.time_date IS NULL, e.time_date DESC, e.id',
  DATE_ASC: 'e.time_date IS NULL, e.time_date, e.id',
};

/** Entities linked to each key (`keys` CTE) as (parent, child), per relation; the same links as statements.ts. */
const ENTITY_LINKS: Record<EntityScope, { links: string; where: string }> = {
  metByEntity: {
    links: `SELECT keys.k, r.target_id FROM keys CROSS JOIN relations r ON r.source_id = keys.k AND r.type = 'MET'
     UNION
     SELECT keys.k, r.source_id FROM keys CROSS JOIN relations r ON r.target_id = keys.k AND r.type = 'MET'`,
    where: 'TRUE',
  },
  eventsByParticipant: {
    links: `SELECT keys.k, ep.event_id FROM keys CROSS JOIN event_participants ep ON ep.entity_id = keys.k
     UNION
     SELECT keys.k, r.target_id FROM keys CROSS JOIN relations r ON r.source_id = keys.k AND r.type = 'PARTICIPATED_IN'`,
    where: `e.type = 'Event'`,
  },
  eventsByLocation: {
    links: `SELECT keys.k, el.event_id FROM keys CROSS JOIN event_locations el ON el.location_id = keys.k
     UNION
     SELECT keys.k, r.source_id FROM keys CROSS JOIN relations r ON r.target_id = keys.k AND r.type = 'OCCURRED_IN'`,
    where: `e.type = 'Event'`,
  },
  membersByOrganization: {
    links: `SELECT keys.k, ro.person_id FROM keys CROSS JOIN roles ro ON ro.of_entity_id = keys.k
     UNION
     SELECT keys.k, r.source_id FROM keys CROSS JOIN relations r ON r.target_id = keys.k AND r.type = 'AFFILIATED_WITH'`,
    where: `e.type = 'Person'`,
  },
  entitiesByDocument: {
    links: `SELECT ed.document_id, ed.entity_id FROM keys CROSS JOIN entity_documents ed ON ed.document_id = keys.k`,
    where: 'TRUE',
  },
  eventsByDocument: {
    links: `SELECT ed.document_id, ed.entity_id FROM keys CROSS JOIN entity_documents ed ON ed.document_id = keys.k`,
    where: `e.type = 'Event'`,
  },
};

export function findEntitiesSql(where: string, order: EntityOrder): { rows: string; count: string } {
  return {
    rows: `SELECT ${ENTITY_COLUMNS} FROM entities e WHERE ${where} ORDER BY ${ENTITY_ORDERS[order]} LIMIT @limit OFFSET @offset`,
    count: `SELECT COUNT(*) AS total FROM entities e WHERE ${where}`,
  };
}

export function findEntitiesBySql(scope: EntityScope, where: string, order: EntityOrder): string {
  const { links, where: scopeWhere } = ENTITY_LINKS[scope];
  return paged(
    `WITH links(parent, child) AS (${links})
    SELECT l.parent, e.id AS child, ${RANK}
    FROM links l CROSS JOIN entities e ON e.id = l.child
    WHERE ${scopeWhere} AND ${where}
    WINDOW w AS (PARTITION BY l.parent ORDER BY ${ENTITY_ORDERS[order]})`,
    ENTITY_COLUMNS,
    'entities',
    'e',
  );
}

// ---- quote conditions -------------------------------------------------------

export const QUOTE_CONDITIONS = {
  speakerIds: `q.speaker_id IN (SELECT value FROM json_each(@speakerIds))`,
  contains: `instr(q.text_fold, @contains) > 0`,
  documentId: `q.document_id = @documentId`,
  publishedFrom: `q.document_id IN (SELECT d.id FROM documents d WHERE d.published_at >= @publishedFrom AND d.published_at < @publishedUntil)`,
  direct: `q.direct = @direct`,
  aboutId: `q.id IN (SELECT qa.quote_id FROM quote_about qa WHERE qa.entity_id = @aboutId)`,
  speakerRoleTitle: `q.speaker_id IN (SELECT ro.person_id FROM roles ro
    WHERE instr(' ' || ro.title_key || ' ', ' ' || @speakerRoleTitle || ' ') > 0)`,
  speakerNameContains: `q.speaker_id IN (SELECT t.entity_id FROM entity_names_trigram t WHERE t.name_key LIKE '%' || @speakerNameContains || '%')`,
} as const;

const QUOTE_PUBLISHED = `(SELECT d.published_at FROM documents d WHERE d.id = q.document_id)`;

export const QUOTE_ORDERS: Record<QuoteOrder, string> = {
  POSITION: 'q.document_id, q.start, q.id',
  DIRECT_FIRST: 'q.direct DESC, q.document_id, q.start, q.id',
  DATE_DESC: `${QUOTE_PUBLISHED} IS NULL, ${QUOTE_PUBLISHED} DESC, q.document_id, q.start, q.id`,
  DATE_ASC: `${QUOTE_PUBLISHED} IS NULL, ${QUOTE_PUBLISHED}, q.document_id, q.start, q.id`,
  CONFIDENCE: 'q.confidence DESC, q.document_id, q.start, q.id',
};

const QUOTE_PARENT: Record<QuoteScope, string> = {
  quotesBySpeaker: 'speaker_id',
  quotesByDocument: 'document_id',
};

export function findQuotesSql(where: string, order: QuoteOrder): { rows: string; count: string } {
  return {
    rows: `SELECT ${QUOTE_COLUMNS} FROM quotes q WHERE ${where} ORDER BY ${QUOTE_ORDERS[order]} LIMIT @limit OFFSET @offset`,
    count: `SELECT COUNT(*) AS total FROM quotes q WHERE ${where}`,
  };
}

/**
 * One parent's page and its COUNT, run once per key (AnalystReads.pagedPerKey):
 * the page is LIMIT rows read in page order from the parent's index entries
 * where an index has that order (008), and at worst a top-N sort of one
 * parent's rows, never a window over every row of every parent.
 */
export function findQuotesBySql(scope: QuoteScope, where: string, order: QuoteOrder): PerKeyStatements {
  const parent = QUOTE_PARENT[scope];
  return {
    rows: `SELECT ${QUOTE_COLUMNS} FROM quotes q WHERE q.${parent} = @key AND ${where}
    ORDER BY ${QUOTE_ORDERS[order]} LIMIT @limit OFFSET @offset`,
    count: `SELECT COUNT(*) AS total FROM quotes q WHERE q.${parent} = @key AND ${where}`,
  };
}

/** A page of one parent's rows (`@key`) and their number. */
export interface PerKeyStatements {
  rows: string;
  count: string;
}

// ---- relation conditions ------------------------------------------------------

export const RELATION_CONDITIONS = {
  types: `r.type IN (SELECT value FROM json_each(@types))`,
  documentId: `r.id IN (SELECT ev.relation_id FROM relation_evidence ev WHERE ev.document_id = @documentId)`,
  publishedFrom: `r.id IN (SELECT ev.relation_id FROM documents d CROSS JOIN relation_evidence ev ON ev.document_id = d.id
    WHERE d.published_at >= @publishedFrom AND d.published_at < @publishedUntil)`,
  minConfidence: `r.confidence >= @minConfidence`,
  // Root lists: either end; per entity the parent is one end, so this is the other.
  otherId: `(r.source_id = @otherId OR r.target_id = @otherId)`,
} as const;

const EVIDENCE_COUNT = `(SELECT COUNT(*) FROM relation_evidence ev WHERE ev.relation_id = r.id)`;

export const RELATION_ORDERS: Record<RelationOrder, string> = {
  CONFIDENCE: 'r.confidence DESC, r.id',
  EVIDENCE: `${EVIDENCE_COUNT} DESC, r.confidence DESC, r.id`,
  TYPE: 'r.type, r.confidence DESC, r.id',
};

export function findRelationsSql(where: string, order: RelationOrder): { rows: string; count: string } {
  return {
    rows: `SELECT ${RELATION_COLUMNS} FROM relations r WHERE ${where} ORDER BY ${RELATION_ORDERS[order]} LIMIT @limit OFFSET @offset`,
    count: `SELECT COUNT(*) AS total FROM relations r WHERE ${where}`,
  };
}

/** Relations from either end of each key, as relationsByEntity in statements.ts. */
export function findRelationsByEntitySql(where: string, order: RelationOrder): string {
  return paged(
    `WITH links(parent, rid) AS (
      SELECT keys.k, r.id FROM keys CROSS JOIN relations r ON r.source_id = keys.k
      UNION
      SELECT keys.k, r.id FROM keys CROSS JOIN relations r ON r.target_id = keys.k)
    SELECT l.parent, r.id AS child, ${RANK}
    FROM links l CROSS JOIN relations r ON r.id = l.rid
    WHERE ${where}
    WINDOW w AS (PARTITION BY l.parent ORDER BY ${RELATION_ORDERS[order]})`,
    RELATION_COLUMNS,
    'relations',
    'r',
  );
}

// ---- mention conditions -------------------------------------------------------

export const MENTION_CONDITIONS = {
  documentId: `m.document_id = @documentId`,
  publishedFrom: `m.document_id IN (SELECT d.id FROM documents d WHERE d.published_at >= @publishedFrom AND d.published_at < @publishedUntil)`,
} as const;

/** An entity's name mentions in document order, from the (entity_id, pronoun, document_id, start) index; per key. */
export function findMentionsByEntitySql(where: string): PerKeyStatements {
  return {
    rows: `SELECT ${MENTION_COLUMNS} FROM mentions m WHERE m.entity_id = @key AND m.pronoun = 0 AND ${where}
    ORDER BY m.document_id, m.start, m.id LIMIT @limit OFFSET @offset`,
    count: `SELECT COUNT(*) AS total FROM mentions m WHERE m.entity_id = @key AND m.pronoun = 0 AND ${where}`,
  };
}

// ---- document conditions ----------------------------------------------------

export const DOCUMENT_CONDITIONS = {
  titleContains: `instr(newsgraph_fold(COALESCE(d.title, '')), @titleContains) > 0`,
  publishedFrom: `d.published_at >= @publishedFrom AND d.published_at < @publishedUntil`,
  mentionsEntityId: `d.id IN (SELECT ed.document_id FROM entity_documents ed WHERE ed.entity_id = @mentionsEntityId)`,
} as const;

export const DOCUMENT_ORDERS: Record<DocumentOrder, string> = {
  INGESTED: 'd.id',
  PUBLISHED_DESC: 'd.published_at IS NULL, d.published_at DESC, d.id',
  PUBLISHED_ASC: 'd.published_at IS NULL, d.published_at, d.id',
  TITLE: `d.title IS NULL, newsgraph_fold(d.title), d.id`,
};

export function findDocumentsSql(where: string, order: DocumentOrder): { rows: string; count: string } {
  return {
    rows: `SELECT ${DOCUMENT_COLUMNS} FROM documents d WHERE ${where} ORDER BY ${DOCUMENT_ORDERS[order]} LIMIT @limit OFFSET @offset`,
    count: `SELECT COUNT(*) AS total FROM documents d WHERE ${where}`,
  };
}

/** The documents naming one entity (`@key`), per key. */
export function findDocumentsByEntitySql(where: string, order: DocumentOrder): PerKeyStatements {
  const from = `entity_documents ed CROSS JOIN documents d ON d.id = ed.document_id WHERE ed.entity_id = @key AND ${where}`;
  return {
    rows: `SELECT ${DOCUMENT_COLUMNS} FROM ${from} ORDER BY ${DOCUMENT_ORDERS[order]} LIMIT @limit OFFSET @offset`,
    count: `SELECT COUNT(*) AS total FROM ${from}`,
  };
}

// ---- full-text search -----------------------------------------------------------
// bm25() is lower for better matches; the API reports -bm25 so that higher is better.
// snippet(): column -1 picks the best column, marks around hits, at most 16 tokens.

export function searchQuotesSql(where: string): { rows: string; count: string } {
  return {
    rows: `SELECT ${QUOTE_COLUMNS}, -bm25(quotes_fts) AS score,
        snippet(quotes_fts, 0, @open, @close, '…', 16) AS snippet
      FROM quotes_fts CROSS JOIN quotes q ON q.id = quotes_fts.rowid
      WHERE quotes_fts MATCH @match AND ${where}
      ORDER BY bm25(quotes_fts), q.id LIMIT @limit OFFSET @offset`,
    count: `SELECT COUNT(*) AS total FROM quotes_fts CROSS JOIN quotes q ON q.id = quotes_fts.rowid
      WHERE quotes_fts MATCH @match AND ${where}`,
  };
}

export function searchDocumentsSql(where: string): { rows: string; count: string } {
  // The title weighs three times a word of the body.
  return {
    rows: `SELECT ${DOCUMENT_COLUMNS}, -bm25(documents_fts, 3.0, 1.0) AS score,
        snippet(documents_fts, 1, @open, @close, '…', 24) AS snippet
      FROM documents_fts CROSS JOIN documents d ON d.id = documents_fts.rowid
      WHERE documents_fts MATCH @match AND ${where}
      ORDER BY bm25(documents_fts, 3.0, 1.0), d.id LIMIT @limit OFFSET @offset`,
    count: `SELECT COUNT(*) AS total FROM documents_fts CROSS JOIN documents d ON d.id = documents_fts.rowid
      WHERE documents_fts MATCH @match AND ${where}`,
  };
}

/**
 * Typo-tolerant entity search. The candidates are the names sharing a
 * three-letter piece with the query (@match, an OR of trigrams), so the edit
 * distance runs on those only; a query with no such piece ("UN") reads every
 * name, which is cheap for so short a key (and allows no typo).
 * rank: 0 exact, 1 a word starts with the query, 2 contains, 3 within a typo.
 * `rows` also gives each row the total; `count` is for a page past the end.
 */
export function searchEntitiesSql(candidates: 'trigrams' | 'allNames', where: string): { rows: string; count: string } {
  const source =
    candidates === 'trigrams' ? 'entity_names_trigram t WHERE entity_names_trigram MATCH @match' : 'entity_names t';
  const matches = `candidates AS (
    SELECT t.entity_id, CASE
      WHEN t.name_key = @query THEN 0
      WHEN instr(' ' || t.name_key, ' ' || @query) > 0 THEN 1
      WHEN instr(t.name_key, @query) > 0 THEN 2
      WHEN @typo AND newsgraph_typo_match(t.name_key, @query) THEN 3
    END AS rank
    FROM ${source}),
  matches AS (SELECT entity_id, MIN(rank) AS rank FROM candidates WHERE rank IS NOT NULL GROUP BY entity_id)`;
  // The rows carry the total (a window over every match, computed before LIMIT): the
  // candidates and their edit distances are worked out once, not again for a COUNT.
  return {
    rows: `WITH ${matches}
    SELECT ${ENTITY_COLUMNS}, COUNT(*) OVER () AS total FROM matches m CROSS JOIN entities e ON e.id = m.entity_id
    WHERE ${where}
    ORDER BY m.rank, e.mention_count DESC, e.name, e.id LIMIT @limit OFFSET @offset`,
    count: `WITH ${matches}
    SELECT COUNT(*) AS total FROM matches m CROSS JOIN entities e ON e.id = m.entity_id WHERE ${where}`,
  };
}

// ---- aggregates ---------------------------------------------------------------------

export const AGGREGATES = {
  quotesPerSpeaker: `SELECT q.speaker_id AS id, COUNT(*) AS count FROM quotes q WHERE q.speaker_id IS NOT NULL
    GROUP BY q.speaker_id ORDER BY count DESC, q.speaker_id LIMIT @limit OFFSET @offset`,
  quotesPerSpeakerCount: `SELECT COUNT(DISTINCT speaker_id) AS total FROM quotes WHERE speaker_id IS NOT NULL`,
  eventsPerKind: `SELECT COALESCE(e.event_kind, 'OTHER') AS kind, COUNT(*) AS count FROM entities e WHERE e.type = 'Event'
    GROUP BY 1 ORDER BY count DESC, kind`,
  // Both ways an event is placed (event_locations, OCCURRED_IN), each event once per place.
  eventsPerPlace: `WITH placed(event_id, location_id) AS (
      SELECT event_id, location_id FROM event_locations
      UNION SELECT source_id, target_id FROM relations WHERE type = 'OCCURRED_IN')
    SELECT location_id AS id, COUNT(*) AS count FROM placed GROUP BY location_id
    ORDER BY count DESC, location_id LIMIT @limit OFFSET @offset`,
  eventsPerPlaceCount: `WITH placed(event_id, location_id) AS (
      SELECT event_id, location_id FROM event_locations
      UNION SELECT source_id, target_id FROM relations WHERE type = 'OCCURRED_IN')
    SELECT COUNT(DISTINCT location_id) AS total FROM placed`,
  mentionsPerDocument: `WITH ${KEYS}, ranked AS (
      SELECT ed.entity_id AS parent, ed.document_id AS child, ed.mention_count AS count,
        ${RANK}
      FROM keys CROSS JOIN entity_documents ed ON ed.entity_id = keys.k
      WINDOW w AS (PARTITION BY ed.entity_id ORDER BY ed.mention_count DESC, ed.document_id))
    SELECT p.parent, p.rn, p.total, p.child AS id, p.count FROM ranked p ${PAGE}`,
} as const;

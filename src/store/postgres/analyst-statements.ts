/**
 * SQL of the analyst API on PostgreSQL: the statements of
 * src/store/sqlite/analyst-statements.ts ported, composed the same way from
 * the conditions actually given (an `@x IS NULL OR ...` per possible filter
 * would hide the indexes from the planner). `@name` placeholders become $n
 * (statements.ts compileNamed); casts name the types PostgreSQL cannot infer.
 *
 * What differs from SQLite, and why:
 *   - text orders and ISO-date bounds use COLLATE "C": SQLite compares bytes,
 *     and a date range ends with U+FFFF (filter-values.ts), which only a
 *     byte-wise collation sorts after every date;
 *   - `@@ query` on the generated tsvector columns (GIN) replaces FTS5 MATCH,
 *     ts_rank_cd replaces bm25, ts_headline replaces snippet();
 *   - a name LIKE '%x%' and a trigram regex are answered by the pg_trgm GIN
 *     index of entity_names; the typo check is a SQL function (migration 004).
 */
import type { DocumentOrder, EntityOrder, EntityScope, QuoteOrder, QuoteScope, RelationOrder } from '../store';
import { DOCUMENT_COLUMNS, ENTITY_COLUMNS, KEYS, MENTION_COLUMNS, PAGE, paged, pagedLateral, QUOTE_COLUMNS, RANK, RELATION_COLUMNS } from './statements';

/** Rows of one page and the COUNT of all of them. */
export interface RootStatements {
  rows: string;
  count: string;
}

const PUBLISHED_RANGE = `d.published_at COLLATE "C" >= @publishedFrom::text AND d.published_at COLLATE "C" < @publishedUntil::text`;

// ---- entity conditions ------------------------------------------------------

export const ENTITY_CONDITIONS = {
  types: `e.type = ANY(@types::text[])`,
  // One type (the usual list: people, organizations) as an equality, so a page in NAME
  // order is read straight from the (type, name_key, id) index instead of sorting the type.
  type: `e.type = @type::text`,
  // The pg_trgm index answers LIKE '%x%' without reading every name.
  nameContains: `e.id IN (SELECT n.entity_id FROM entity_names n WHERE n.name_key LIKE '%' || @nameContains::text || '%')`,
  namePrefix: `e.id IN (SELECT n.entity_id FROM entity_names n WHERE n.name_key LIKE @namePrefix::text || '%')`,
  documentId: `e.id IN (SELECT ed.entity_id FROM entity_documents ed WHERE ed.document_id = @documentId::int)`,
  publishedFrom: `e.id IN (SELECT ed.entity_id FROM documents d JOIN entity_documents ed ON ed.document_id = d.id
    WHERE ${PUBLISHED_RANGE})`,
  // A month or a year overlaps the range: "2015-09" is within 2015-09-20..2015-10-01.
  // @eventUntil is the range's end followed by U+FFFF, so "2015-09-24" is within ..2015-09.
  eventDate: `e.time_date IS NOT NULL AND e.time_date COLLATE "C" < @eventUntil::text
    AND @eventFrom::text COLLATE "C" <= e.time_date || chr(65535)`,
  eventKinds: `e.event_kind = ANY(@eventKinds::text[])`,
  // Whole words of the title: "state" finds "secretary of state", "us" does not find "russian ...".
  roleTitle: `e.id IN (SELECT ro.person_id FROM roles ro WHERE strpos(' ' || ro.title_key || ' ', ' ' || @roleTitle::text || ' ') > 0)`,
  placeId: `e.id IN (SELECT el.event_id FROM event_locations el WHERE el.location_id = @placeId::int
    UNION SELECT r.source_id FROM relations r WHERE r.target_id = @placeId::int AND r.type = 'OCCURRED_IN')`,
  participantId: `e.id IN (SELECT ep.event_id FROM event_participants ep WHERE ep.entity_id = @participantId::int
    UNION SELECT r.target_id FROM relations r WHERE r.source_id = @participantId::int AND r.type = 'PARTICIPATED_IN')`,
} as const;

export const ENTITY_ORDERS: Record<EntityOrder, string> = {
  MENTIONS: 'e.mention_count DESC, e.name COLLATE "C", e.id',
  NAME: 'e.name_key COLLATE "C", e.id',
  SALIENCE: 'e.salience DESC, e.mention_count DESC, e.id',
  DATE_DESC: 'e.time_date IS NULL, e.time_date COLLATE "C" DESC, e.id',
  DATE_ASC: 'e.time_date IS NULL, e.time_date COLLATE "C", e.id',
};

/** Entities linked to each key (`keys` CTE) as (parent, child), per relation; the same links as the SQLite adapter's. */
const ENTITY_LINKS: Record<EntityScope, { links: string; where: string }> = {
  metByEntity: {
    links: `SELECT keys.k, r.target_id FROM keys JOIN relations r ON r.source_id = keys.k AND r.type = 'MET'
     UNION
     SELECT keys.k, r.source_id FROM keys JOIN relations r ON r.target_id = keys.k AND r.type = 'MET'`,
    where: 'TRUE',
  },
  eventsByParticipant: {
    links: `SELECT keys.k, ep.event_id FROM keys JOIN event_participants ep ON ep.entity_id = keys.k
     UNION
     SELECT keys.k, r.target_id FROM keys JOIN relations r ON r.source_id = keys.k AND r.type = 'PARTICIPATED_IN'`,
    where: `e.type = 'Event'`,
  },
  eventsByLocation: {
    links: `SELECT keys.k, el.event_id FROM keys JOIN event_locations el ON el.location_id = keys.k
     UNION
     SELECT keys.k, r.source_id FROM keys JOIN relations r ON r.target_id = keys.k AND r.type = 'OCCURRED_IN'`,
    where: `e.type = 'Event'`,
  },
  membersByOrganization: {
    links: `SELECT keys.k, ro.person_id FROM keys JOIN roles ro ON ro.of_entity_id = keys.k
     UNION
     SELECT keys.k, r.source_id FROM keys JOIN relations r ON r.target_id = keys.k AND r.type = 'AFFILIATED_WITH'`,
    where: `e.type = 'Person'`,
  },
  entitiesByDocument: {
    links: `SELECT ed.document_id, ed.entity_id FROM keys JOIN entity_documents ed ON ed.document_id = keys.k`,
    where: 'TRUE',
  },
  eventsByDocument: {
    links: `SELECT ed.document_id, ed.entity_id FROM keys JOIN entity_documents ed ON ed.document_id = keys.k`,
    where: `e.type = 'Event'`,
  },
};

export function findEntitiesSql(where: string, order: EntityOrder): RootStatements {
  return {
    rows: `SELECT ${ENTITY_COLUMNS} FROM entities e WHERE ${where} ORDER BY ${ENTITY_ORDERS[order]} LIMIT @limit::int OFFSET @offset::int`,
    count: `SELECT COUNT(*)::int AS total FROM entities e WHERE ${where}`,
  };
}

export function findEntitiesBySql(scope: EntityScope, where: string, order: EntityOrder): string {
  const { links, where: scopeWhere } = ENTITY_LINKS[scope];
  return paged(
    `WITH links(parent, child) AS (${links})
    SELECT l.parent, e.id AS child, ${RANK}
    FROM links l JOIN entities e ON e.id = l.child
    WHERE ${scopeWhere} AND ${where}
    WINDOW w AS (PARTITION BY l.parent ORDER BY ${ENTITY_ORDERS[order]})`,
    ENTITY_COLUMNS,
    'entities',
    'e',
  );
}

// ---- quote conditions -------------------------------------------------------

export const QUOTE_CONDITIONS = {
  speakerIds: `q.speaker_id = ANY(@speakerIds::int[])`,
  contains: `strpos(q.text_fold, @contains::text) > 0`,
  documentId: `q.document_id = @documentId::int`,
  publishedFrom: `q.document_id IN (SELECT d.id FROM documents d WHERE ${PUBLISHED_RANGE})`,
  direct: `q.direct = @direct::int`,
  aboutId: `q.id IN (SELECT qa.quote_id FROM quote_about qa WHERE qa.entity_id = @aboutId::int)`,
  speakerRoleTitle: `q.speaker_id IN (SELECT ro.person_id FROM roles ro
    WHERE strpos(' ' || ro.title_key || ' ', ' ' || @speakerRoleTitle::text || ' ') > 0)`,
  speakerNameContains: `q.speaker_id IN (SELECT n.entity_id FROM entity_names n WHERE n.name_key LIKE '%' || @speakerNameContains::text || '%')`,
} as const;

const QUOTE_PUBLISHED = `(SELECT d.published_at FROM documents d WHERE d.id = q.document_id)`;

export const QUOTE_ORDERS: Record<QuoteOrder, string> = {
  POSITION: 'q.document_id, q.start, q.id',
  DIRECT_FIRST: 'q.direct DESC, q.document_id, q.start, q.id',
  DATE_DESC: `${QUOTE_PUBLISHED} IS NULL, ${QUOTE_PUBLISHED} COLLATE "C" DESC, q.document_id, q.start, q.id`,
  DATE_ASC: `${QUOTE_PUBLISHED} IS NULL, ${QUOTE_PUBLISHED} COLLATE "C", q.document_id, q.start, q.id`,
  CONFIDENCE: 'q.confidence DESC, q.document_id, q.start, q.id',
};

const QUOTE_PARENT: Record<QuoteScope, string> = {
  quotesBySpeaker: 'speaker_id',
  quotesByDocument: 'document_id',
};

/** With no condition, the number of quotes every ingest keeps (migration 009) instead of a COUNT of them all. */
export function findQuotesSql(where: string, order: QuoteOrder): RootStatements {
  return {
    rows: `SELECT ${QUOTE_COLUMNS} FROM quotes q WHERE ${where} ORDER BY ${QUOTE_ORDERS[order]} LIMIT @limit::int OFFSET @offset::int`,
    count: where === 'TRUE' ? `SELECT quotes::int AS total FROM store_version` : `SELECT COUNT(*)::int AS total FROM quotes q WHERE ${where}`,
  };
}

/** Each parent's page read in order (the (speaker_id, order...) indexes of migration 006 end it early). */
export function findQuotesBySql(scope: QuoteScope, where: string, order: QuoteOrder): string {
  const parent = QUOTE_PARENT[scope];
  return pagedLateral(
    `SELECT q.${parent}, COUNT(*) FROM keys JOIN quotes q ON q.${parent} = keys.k WHERE ${where} GROUP BY q.${parent}`,
    `SELECT q.id FROM quotes q WHERE q.${parent} = c.parent AND ${where} ORDER BY ${QUOTE_ORDERS[order]}`,
    QUOTE_COLUMNS,
    'quotes',
    'q',
  );
}

// ---- relation conditions ------------------------------------------------------

export const RELATION_CONDITIONS = {
  types: `r.type = ANY(@types::text[])`,
  documentId: `r.id IN (SELECT ev.relation_id FROM relation_evidence ev WHERE ev.document_id = @documentId::int)`,
  publishedFrom: `r.id IN (SELECT ev.relation_id FROM documents d JOIN relation_evidence ev ON ev.document_id = d.id
    WHERE ${PUBLISHED_RANGE})`,
  minConfidence: `r.confidence >= @minConfidence::float8`,
  // Root lists: either end; per entity the parent is one end, so this is the other.
  otherId: `(r.source_id = @otherId::int OR r.target_id = @otherId::int)`,
} as const;

const EVIDENCE_COUNT = `(SELECT COUNT(*) FROM relation_evidence ev WHERE ev.relation_id = r.id)`;

export const RELATION_ORDERS: Record<RelationOrder, string> = {
  CONFIDENCE: 'r.confidence DESC, r.id',
  EVIDENCE: `${EVIDENCE_COUNT} DESC, r.confidence DESC, r.id`,
  TYPE: 'r.type COLLATE "C", r.confidence DESC, r.id',
};

export function findRelationsSql(where: string, order: RelationOrder): RootStatements {
  return {
    rows: `SELECT ${RELATION_COLUMNS} FROM relations r WHERE ${where} ORDER BY ${RELATION_ORDERS[order]} LIMIT @limit::int OFFSET @offset::int`,
    count: `SELECT COUNT(*)::int AS total FROM relations r WHERE ${where}`,
  };
}

/** Relations from either end of each key. */
export function findRelationsByEntitySql(where: string, order: RelationOrder): string {
  return paged(
    `WITH links(parent, rid) AS (
      SELECT keys.k, r.id FROM keys JOIN relations r ON r.source_id = keys.k
      UNION
      SELECT keys.k, r.id FROM keys JOIN relations r ON r.target_id = keys.k)
    SELECT l.parent, r.id AS child, ${RANK}
    FROM links l JOIN relations r ON r.id = l.rid
    WHERE ${where}
    WINDOW w AS (PARTITION BY l.parent ORDER BY ${RELATION_ORDERS[order]})`,
    RELATION_COLUMNS,
    'relations',
    'r',
  );
}

// ---- mention conditions -------------------------------------------------------

export const MENTION_CONDITIONS = {
  documentId: `m.document_id = @documentId::int`,
  publishedFrom: `m.document_id IN (SELECT d.id FROM documents d WHERE ${PUBLISHED_RANGE})`,
} as const;

/** An entity's name mentions in document order, ranked from the (entity_id, pronoun, document_id, start) index. */
export function findMentionsByEntitySql(where: string): string {
  return pagedLateral(
    `SELECT m.entity_id, COUNT(*) FROM keys JOIN mentions m ON m.entity_id = keys.k AND m.pronoun = 0 WHERE ${where} GROUP BY m.entity_id`,
    `SELECT m.id FROM mentions m WHERE m.entity_id = c.parent AND m.pronoun = 0 AND ${where} ORDER BY m.document_id, m.start, m.id`,
    MENTION_COLUMNS,
    'mentions',
    'm',
  );
}

// ---- document conditions ----------------------------------------------------

export const DOCUMENT_CONDITIONS = {
  titleContains: `strpos(COALESCE(d.title_fold, ''), @titleContains::text) > 0`,
  publishedFrom: PUBLISHED_RANGE,
  mentionsEntityId: `d.id IN (SELECT ed.document_id FROM entity_documents ed WHERE ed.entity_id = @mentionsEntityId::int)`,
} as const;

export const DOCUMENT_ORDERS: Record<DocumentOrder, string> = {
  INGESTED: 'd.id',
  PUBLISHED_DESC: 'd.published_at IS NULL, d.published_at COLLATE "C" DESC, d.id',
  PUBLISHED_ASC: 'd.published_at IS NULL, d.published_at COLLATE "C", d.id',
  TITLE: `d.title IS NULL, d.title_fold COLLATE "C", d.id`,
};

/** With no condition, the number of documents every ingest keeps (migration 009). */
export function findDocumentsSql(where: string, order: DocumentOrder): RootStatements {
  return {
    rows: `SELECT ${DOCUMENT_COLUMNS} FROM documents d WHERE ${where} ORDER BY ${DOCUMENT_ORDERS[order]} LIMIT @limit::int OFFSET @offset::int`,
    count: where === 'TRUE' ? `SELECT documents::int AS total FROM store_version` : `SELECT COUNT(*)::int AS total FROM documents d WHERE ${where}`,
  };
}

/** With no condition on the document, the count reads entity_documents alone. */
export function findDocumentsByEntitySql(where: string, order: DocumentOrder): string {
  const count =
    where === 'TRUE'
      ? `SELECT ed.entity_id, COUNT(*) FROM keys JOIN entity_documents ed ON ed.entity_id = keys.k GROUP BY ed.entity_id`
      : `SELECT ed.entity_id, COUNT(*) FROM keys JOIN entity_documents ed ON ed.entity_id = keys.k JOIN documents d ON d.id = ed.document_id
        WHERE ${where} GROUP BY ed.entity_id`;
  return pagedLateral(
    count,
    `SELECT d.id FROM entity_documents ed JOIN documents d ON d.id = ed.document_id
    WHERE ed.entity_id = c.parent AND ${where} ORDER BY ${DOCUMENT_ORDERS[order]}`,
    DOCUMENT_COLUMNS,
    'documents',
    'd',
  );
}

// ---- full-text search -----------------------------------------------------------
// @query is a to_tsquery text (analyst-reads.ts toTsQuery). ts_rank_cd is higher for
// better matches, normalised by 1 + log(length) so a short text where the word
// weighs more ranks first, as with BM25. The page is ranked first and only its
// rows get a headline: ts_headline re-parses the whole text.


const TS_QUERY = `to_tsquery('simple', @query::text)`;
// Marks only: accents stripped from the snippet's words and the query alike (migration 003).
const HEADLINE_QUERY = `to_tsquery('newsgraph_headline', @query::text)`;

export function searchQuotesSql(where: string): RootStatements {
  return {
    rows: `WITH hits AS (
        SELECT q.id, ts_rank_cd(q.search_tsv, query, 1) AS score
        FROM quotes q CROSS JOIN ${TS_QUERY} AS query
        WHERE q.search_tsv @@ query AND ${where}
        ORDER BY score DESC, q.id LIMIT @limit::int OFFSET @offset::int)
      SELECT ${QUOTE_COLUMNS}, h.score, ts_headline('newsgraph_headline', q.text, ${HEADLINE_QUERY}, @quoteHeadline::text) AS snippet
      FROM hits h JOIN quotes q ON q.id = h.id
      ORDER BY h.score DESC, q.id`,
    count: `SELECT COUNT(*)::int AS total FROM quotes q WHERE q.search_tsv @@ ${TS_QUERY} AND ${where}`,
  };
}

// Title words are weight A (1.0), body words D: {D, C, B, A} = {1/3, ...} weighs a title word three times a body word.
const DOCUMENT_WEIGHTS = `'{0.3333, 0.2, 0.4, 1.0}'::float4[]`;

export function searchDocumentsSql(where: string): RootStatements {
  return {
    rows: `WITH hits AS (
        SELECT d.id, ts_rank_cd(${DOCUMENT_WEIGHTS}, d.search_tsv, query, 1) AS score
        FROM documents d CROSS JOIN ${TS_QUERY} AS query
        WHERE d.search_tsv @@ query AND ${where}
        ORDER BY score DESC, d.id LIMIT @limit::int OFFSET @offset::int)
      SELECT ${DOCUMENT_COLUMNS}, h.score, ts_headline('newsgraph_headline', d.text, ${HEADLINE_QUERY}, @documentHeadline::text) AS snippet
      FROM hits h JOIN documents d ON d.id = h.id
      ORDER BY h.score DESC, d.id`,
    count: `SELECT COUNT(*)::int AS total FROM documents d WHERE d.search_tsv @@ ${TS_QUERY} AND ${where}`,
  };
}

// ---- typo-tolerant entity search ------------------------------------------------

/**
 * Typo-tolerant entity search. The typo candidates are the names sharing a
 * three-letter piece with the query (@pieces, a regex alternation
 * "lav|avr|..." answered by the pg_trgm index: the same candidates as
 * SQLite's trigram table), so the edit distance (newsgraph_typo_match,
 * migration 004) runs on those only; a query with no such piece ("ab cd")
 * checks every name, which is cheap for so short a key; a query too short for
 * a typo (@typo = 0 edits) has no typo branch at all.
 * rank: 0 exact, 1 a word starts with the query, 2 contains, 3 within a typo.
 * The rows carry the COUNT of all matches (COUNT(*) OVER ()): the matches are
 * found once for both; `count` is for a page past the end, which has no row.
 */
/**
 * The bound of migration 007 written out in the statement, where a call of
 * newsgraph_typo_match (a function with its own search_path, so never inlined)
 * costs more than the check: no part of the name within 2 * @typo Levenshtein
 * edits cannot be within @typo OSA edits. 4 of 5 trigram candidates of a
 * misspelt family name end here (10.7 -> 2.5 ms for 800 at 10,000 articles).
 */
const NEAR_ENOUGH = `EXISTS (SELECT 1 FROM unnest(string_to_array(n.name_key, ' ') || n.name_key) AS p(part)
        WHERE CASE WHEN char_length(p.part) > 255 OR char_length(@query::text) > 255 THEN TRUE
          ELSE levenshtein_less_equal(p.part, @query::text, 2 * @typo::int) <= 2 * @typo::int END)`;

export function searchEntitiesSql(typos: 'trigrams' | 'allNames' | 'none', where: string): RootStatements {
  const typoBranch =
    typos === 'none'
      ? ''
      : `UNION ALL
      SELECT n.entity_id, 3 FROM entity_names n
      WHERE ${typos === 'trigrams' ? 'n.name_key ~ @pieces::text AND ' : ''}${NEAR_ENOUGH}
        AND newsgraph_typo_match(n.name_key, @query::text, @typo::int)`;
  const matches = `candidates AS (
      SELECT n.entity_id, CASE
        WHEN n.name_key = @query::text THEN 0
        WHEN strpos(' ' || n.name_key, ' ' || @query::text) > 0 THEN 1
        ELSE 2
      END AS rank
      FROM entity_names n WHERE n.name_key LIKE '%' || @queryLike::text || '%'
      ${typoBranch}),
    matches AS (SELECT entity_id, MIN(rank) AS rank FROM candidates GROUP BY entity_id)`;
  return {
    rows: `WITH ${matches}
    SELECT ${ENTITY_COLUMNS}, (COUNT(*) OVER ())::int AS total FROM matches m JOIN entities e ON e.id = m.entity_id
    WHERE ${where}
    ORDER BY m.rank, e.mention_count DESC, e.name COLLATE "C", e.id LIMIT @limit::int OFFSET @offset::int`,
    count: `WITH ${matches}
    SELECT COUNT(*)::int AS total FROM matches m JOIN entities e ON e.id = m.entity_id WHERE ${where}`,
  };
}

// ---- aggregates ---------------------------------------------------------------------

const PLACED = `placed(event_id, location_id) AS (
      SELECT event_id, location_id FROM event_locations
      UNION SELECT source_id, target_id FROM relations WHERE type = 'OCCURRED_IN')`;

export const AGGREGATES = {
  quotesPerSpeaker: `SELECT q.speaker_id AS id, COUNT(*)::int AS count FROM quotes q WHERE q.speaker_id IS NOT NULL
    GROUP BY q.speaker_id ORDER BY count DESC, q.speaker_id LIMIT @limit::int OFFSET @offset::int`,
  quotesPerSpeakerCount: `SELECT COUNT(DISTINCT speaker_id)::int AS total FROM quotes WHERE speaker_id IS NOT NULL`,
  eventsPerKind: `SELECT COALESCE(e.event_kind, 'OTHER') AS kind, COUNT(*)::int AS count FROM entities e WHERE e.type = 'Event'
    GROUP BY 1 ORDER BY COUNT(*) DESC, COALESCE(e.event_kind, 'OTHER') COLLATE "C"`,
  // Both ways an event is placed (event_locations, OCCURRED_IN), each event once per place.
  eventsPerPlace: `WITH ${PLACED}
    SELECT location_id AS id, COUNT(*)::int AS count FROM placed GROUP BY location_id
    ORDER BY count DESC, location_id LIMIT @limit::int OFFSET @offset::int`,
  eventsPerPlaceCount: `WITH ${PLACED}
    SELECT COUNT(DISTINCT location_id)::int AS total FROM placed`,
  mentionsPerDocument: `WITH ${KEYS}, ranked AS (
      SELECT ed.entity_id AS parent, ed.document_id AS child, ed.mention_count AS count,
        ${RANK}
      FROM keys JOIN entity_documents ed ON ed.entity_id = keys.k
      WINDOW w AS (PARTITION BY ed.entity_id ORDER BY ed.mention_count DESC, ed.document_id))
    SELECT p.parent, p.rn, p.total, p.child AS id, p.count FROM ranked p ${PAGE}`,
} as const;

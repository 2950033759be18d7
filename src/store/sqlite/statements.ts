/**
 * Every SQL statement of the SQLite adapter, named after the Store method that
 * runs it (`ingestDocument.*` for the steps of an ingest). Batch reads take the
 * keys as one JSON array (`@keys`), so one prepared statement serves any number
 * of keys, and paged-per-parent reads page every parent in ONE statement:
 * ROW_NUMBER() OVER (PARTITION BY parent) picks the page, COUNT(*) OVER
 * (PARTITION BY parent) gives totalCount. Row 1 of every parent is always
 * returned (and dropped by the adapter when it is before the page) so that
 * totalCount is known even for a page past the end.
 * Ranking works on ids (mostly from covering indexes); the full rows, and
 * their JSON sub-selects, are read only for the rows of the page.
 * CROSS JOIN is SQLite's way to fix the join order: the keys drive the loop and
 * each key seeks its rows through the foreign-key index, whatever the planner
 * would guess from the table statistics.
 */

export const KEYS = `keys AS (SELECT DISTINCT value AS k FROM json_each(@keys))`;
export const PAGE = `WHERE p.rn = 1 OR (p.rn > @offset AND p.rn <= @offset + @limit)`;
// One window for both: ROW_NUMBER picks the page, COUNT over the whole partition is totalCount;
// sharing the window's PARTITION/ORDER BY makes SQLite sort the rows once, not twice.
export const RANK = `ROW_NUMBER() OVER w AS rn, COUNT(*) OVER (w ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS total`;
const TYPES_FILTER = `(@types IS NULL OR e.type IN (SELECT value FROM json_each(@types)))`;

export const ENTITY_COLUMNS = `e.id, e.type, e.name, e.aliases, e.salience, e.confidence, e.mention_count,
  e.location_kind, e.country_code, e.latitude, e.longitude, e.gazetteer_id, e.within_id,
  e.event_kind, e.time_text, e.time_date`;
export const DOCUMENT_COLUMNS = `d.id, d.content_hash, d.title, d.published_at, d.source, d.text, d.ingested_at, d.dateline_location_id`;
export const QUOTE_COLUMNS = `q.id, q.document_id, q.text, q.direct, q.speaker_id, q.addressee_id, q.start, q.end,
  q.sentence_start, q.sentence_end, q.rule, q.confidence,
  (SELECT json_group_array(qa.entity_id ORDER BY qa.position) FROM quote_about qa WHERE qa.quote_id = q.id) AS about_json`;
export const RELATION_COLUMNS = `r.id, r.type, r.source_id, r.target_id, r.confidence,
  (SELECT json_group_array(json_object('documentId', ev.document_id, 'start', ev.start, 'end', ev.end,
      'sentenceStart', ev.sentence_start, 'sentenceEnd', ev.sentence_end) ORDER BY ev.document_id, ev.start)
   FROM relation_evidence ev WHERE ev.relation_id = r.id) AS evidence_json`;
export const MENTION_COLUMNS = `m.id, m.entity_id, m.document_id, m.start, m.end, m.text, m.sentence_start, m.sentence_end, m.rule, m.confidence`;

/**
 * A paged-per-parent statement: `ranked` yields (parent, child, rn, total) and
 * the page's rows are then read by id from `table` (aliased as `columns` expects).
 */
export function paged(ranked: string, columns: string, table: string, alias: string): string {
  return `WITH ${KEYS}, ranked AS (${ranked})
SELECT p.parent, p.rn, p.total, ${columns} FROM ranked p CROSS JOIN ${table} ${alias} ON ${alias}.id = p.child ${PAGE}`;
}

/** Entities linked to each key through `links(parent, child)`, paged per parent. */
function pagedEntities(links: string, order: string, where = 'TRUE'): string {
  return paged(
    `WITH links(parent, child) AS (${links})
  SELECT l.parent, e.id AS child,
    ${RANK}
  FROM links l CROSS JOIN entities e ON e.id = l.child
  WHERE ${where}
  WINDOW w AS (PARTITION BY l.parent ORDER BY ${order})`,
    ENTITY_COLUMNS,
    'entities',
    'e',
  );
}

const BY_SALIENCE = 'e.mention_count DESC, e.name, e.id';
const BY_EVENT_DATE = `COALESCE(e.time_date, '') DESC, e.id`;

export const SQL = {
  // ---- point lookups -------------------------------------------------------
  getDocuments: `SELECT ${DOCUMENT_COLUMNS} FROM documents d WHERE d.id IN (SELECT value FROM json_each(@keys))`,
  getEntities: `SELECT ${ENTITY_COLUMNS} FROM entities e WHERE e.id IN (SELECT value FROM json_each(@keys))`,
  getQuotes: `SELECT ${QUOTE_COLUMNS} FROM quotes q WHERE q.id IN (SELECT value FROM json_each(@keys))`,
  getRelations: `SELECT ${RELATION_COLUMNS} FROM relations r WHERE r.id IN (SELECT value FROM json_each(@keys))`,
  getDocumentByHash: `SELECT ${DOCUMENT_COLUMNS} FROM documents d WHERE d.content_hash = ?`,
  stats: `SELECT
    (SELECT COUNT(*) FROM documents) AS documents,
    (SELECT COUNT(*) FROM entities) AS entities,
    (SELECT COUNT(*) FROM quotes) AS quotes,
    (SELECT COUNT(*) FROM relations) AS relations,
    (SELECT COUNT(*) FROM mentions WHERE pronoun = 0) AS mentions`,

  // ---- root lists (rows + a COUNT) -----------------------------------------
  listDocuments: `SELECT ${DOCUMENT_COLUMNS} FROM documents d ORDER BY d.id LIMIT @limit OFFSET @offset`,
  listDocumentsCount: `SELECT COUNT(*) AS total FROM documents`,
  listEntities: `SELECT ${ENTITY_COLUMNS} FROM entities e WHERE ${TYPES_FILTER}
    ORDER BY e.mention_count DESC, e.name, e.id LIMIT @limit OFFSET @offset`,
  // Counted per type from an index on the type: the OR of TYPES_FILTER would count every entity's index entry.
  listEntitiesCount: `SELECT COUNT(*) AS total FROM entities e WHERE e.type IN (SELECT value FROM json_each(@types))`,
  'listEntities.allCount': `SELECT COUNT(*) AS total FROM entities`,
  listQuotes: `SELECT ${QUOTE_COLUMNS} FROM quotes q
    WHERE @contains IS NULL OR instr(q.text_fold, @contains) > 0
    ORDER BY q.document_id, q.start, q.id LIMIT @limit OFFSET @offset`,
  listQuotesCount: `SELECT COUNT(*) AS total FROM quotes q WHERE @contains IS NULL OR instr(q.text_fold, @contains) > 0`,
  // One speaker's quotes, through the speaker index (an OR on the speaker would scan every quote).
  'listQuotes.speaker': `SELECT ${QUOTE_COLUMNS} FROM quotes q
    WHERE q.speaker_id = @speakerId AND (@contains IS NULL OR instr(q.text_fold, @contains) > 0)
    ORDER BY q.document_id, q.start, q.id LIMIT @limit OFFSET @offset`,
  'listQuotes.speakerCount': `SELECT COUNT(*) AS total FROM quotes q
    WHERE q.speaker_id = @speakerId AND (@contains IS NULL OR instr(q.text_fold, @contains) > 0)`,
  listRelations: `SELECT ${RELATION_COLUMNS} FROM relations r WHERE (@type IS NULL OR r.type = @type)
    ORDER BY r.id LIMIT @limit OFFSET @offset`,
  listRelationsCount: `SELECT COUNT(*) AS total FROM relations r WHERE (@type IS NULL OR r.type = @type)`,

  // ---- paged per parent ----------------------------------------------------
  // One parent per run (pagedPerKey in sqlite-store.ts): the page is LIMIT rows of the
  // parent's index entries in page order, the total a COUNT of those entries. A window
  // over all parents (paged()) read and ranked every row of a busy parent for a page of 5.
  'mentionsByEntity.page': `SELECT ${MENTION_COLUMNS} FROM mentions m WHERE m.entity_id = @key AND m.pronoun = 0
    ORDER BY m.document_id, m.start, m.id LIMIT @limit OFFSET @offset`,
  'mentionsByEntity.pageCount': `SELECT COUNT(*) AS total FROM mentions m WHERE m.entity_id = @key AND m.pronoun = 0`,
  'documentsByEntity.page': `SELECT ${DOCUMENT_COLUMNS} FROM entity_documents ed CROSS JOIN documents d ON d.id = ed.document_id
    WHERE ed.entity_id = @key ORDER BY ed.document_id LIMIT @limit OFFSET @offset`,
  'documentsByEntity.pageCount': `SELECT COUNT(*) AS total FROM entity_documents ed WHERE ed.entity_id = @key`,
  // Per key: the entity's relations from either end (the end indexes are covering, 009),
  // a top-N of them by confidence, the evidence read for the page's rows only.
  'relationsByEntity.page': `SELECT ${RELATION_COLUMNS} FROM (
      SELECT id, confidence FROM relations WHERE source_id = @key AND (@type IS NULL OR type = @type)
      UNION ALL
      SELECT id, confidence FROM relations WHERE target_id = @key AND source_id <> @key AND (@type IS NULL OR type = @type)
      ORDER BY confidence DESC, id LIMIT @limit OFFSET @offset) p
    CROSS JOIN relations r ON r.id = p.id
    ORDER BY r.confidence DESC, r.id`,
  'relationsByEntity.pageCount': `SELECT
      (SELECT COUNT(*) FROM relations WHERE source_id = @key AND (@type IS NULL OR type = @type))
    + (SELECT COUNT(*) FROM relations WHERE target_id = @key AND source_id <> @key AND (@type IS NULL OR type = @type)) AS total`,
  // Without a word filter, one speaker per run: LIMIT rows of the (speaker_id, direct, document_id, start) index.
  'quotesBySpeaker.page': `SELECT ${QUOTE_COLUMNS} FROM quotes q WHERE q.speaker_id = @key
    ORDER BY q.direct DESC, q.document_id, q.start, q.id LIMIT @limit OFFSET @offset`,
  'quotesBySpeaker.pageCount': `SELECT COUNT(*) AS total FROM quotes q WHERE q.speaker_id = @key`,
  'quotesBySpeaker.contains': paged(
    `SELECT q.speaker_id AS parent, q.id AS child,
      ${RANK}
    FROM keys CROSS JOIN quotes q ON q.speaker_id = keys.k
    WHERE instr(q.text_fold, @contains) > 0
    WINDOW w AS (PARTITION BY q.speaker_id ORDER BY q.direct DESC, q.document_id, q.start, q.id)`,
    QUOTE_COLUMNS,
    'quotes',
    'q',
  ),
  metByEntity: pagedEntities(
    `SELECT keys.k, r.target_id FROM keys CROSS JOIN relations r ON r.source_id = keys.k AND r.type = 'MET'
     UNION
     SELECT keys.k, r.source_id FROM keys CROSS JOIN relations r ON r.target_id = keys.k AND r.type = 'MET'`,
    BY_SALIENCE,
  ),
  eventsByParticipant: pagedEntities(
    `SELECT keys.k, ep.event_id FROM keys CROSS JOIN event_participants ep ON ep.entity_id = keys.k
     UNION
     SELECT keys.k, r.target_id FROM keys CROSS JOIN relations r ON r.source_id = keys.k AND r.type = 'PARTICIPATED_IN'`,
    BY_EVENT_DATE,
    `e.type = 'Event'`,
  ),
  eventsByLocation: pagedEntities(
    `SELECT keys.k, el.event_id FROM keys CROSS JOIN event_locations el ON el.location_id = keys.k
     UNION
     SELECT keys.k, r.source_id FROM keys CROSS JOIN relations r ON r.target_id = keys.k AND r.type = 'OCCURRED_IN'`,
    BY_EVENT_DATE,
    `e.type = 'Event'`,
  ),
  membersByOrganization: pagedEntities(
    `SELECT keys.k, ro.person_id FROM keys CROSS JOIN roles ro ON ro.of_entity_id = keys.k
     UNION
     SELECT keys.k, r.source_id FROM keys CROSS JOIN relations r ON r.target_id = keys.k AND r.type = 'AFFILIATED_WITH'`,
    BY_SALIENCE,
    `e.type = 'Person'`,
  ),
  entitiesByDocument: paged(
    `SELECT ed.document_id AS parent, e.id AS child,
      ${RANK}
    FROM keys CROSS JOIN entity_documents ed ON ed.document_id = keys.k CROSS JOIN entities e ON e.id = ed.entity_id
    WHERE ${TYPES_FILTER}
    WINDOW w AS (PARTITION BY ed.document_id ORDER BY ed.salience DESC, ed.mention_count DESC, e.id)`,
    ENTITY_COLUMNS,
    'entities',
    'e',
  ),
  quotesByDocument: paged(
    `SELECT q.document_id AS parent, q.id AS child,
      ${RANK}
    FROM keys CROSS JOIN quotes q ON q.document_id = keys.k
    WINDOW w AS (PARTITION BY q.document_id ORDER BY q.start, q.id)`,
    QUOTE_COLUMNS,
    'quotes',
    'q',
  ),
  eventsByDocument: paged(
    `SELECT ed.document_id AS parent, e.id AS child,
      ${RANK}
    FROM keys CROSS JOIN entity_documents ed ON ed.document_id = keys.k CROSS JOIN entities e ON e.id = ed.entity_id
    WHERE e.type = 'Event'
    WINDOW w AS (PARTITION BY ed.document_id ORDER BY ed.salience DESC, e.id)`,
    ENTITY_COLUMNS,
    'entities',
    'e',
  ),

  // ---- small lists ----------------------------------------------------------
  // The same role stated in several documents is one role (its first evidence).
  rolesByPerson: `WITH ${KEYS}, ranked AS (
    SELECT ro.*, ROW_NUMBER() OVER (
      PARTITION BY ro.person_id, ro.title_key, COALESCE(ro.of_entity_id, 0) ORDER BY ro.id) AS rn
    FROM keys CROSS JOIN roles ro ON ro.person_id = keys.k)
  SELECT person_id AS parent, title, of_entity_id, document_id, evidence_start, evidence_end, sentence_start, sentence_end
  FROM ranked WHERE rn = 1 ORDER BY person_id, id`,
  // Participants with their roles, then PARTICIPATED_IN sources not already listed.
  participantsByEvent: `WITH ${KEYS}
  SELECT ep.event_id AS parent, ep.entity_id, ep.role, 0 AS src, ep.rowid AS ord
    FROM keys CROSS JOIN event_participants ep ON ep.event_id = keys.k
  UNION ALL
  SELECT r.target_id, r.source_id, NULL, 1, r.id
    FROM keys CROSS JOIN relations r ON r.target_id = keys.k AND r.type = 'PARTICIPATED_IN'
    WHERE NOT EXISTS (SELECT 1 FROM event_participants ep WHERE ep.event_id = r.target_id AND ep.entity_id = r.source_id)
  ORDER BY parent, src, ord`,
  locationsByEvent: `WITH ${KEYS}, links(parent, child) AS (
      SELECT keys.k, el.location_id FROM keys CROSS JOIN event_locations el ON el.event_id = keys.k
      UNION
      SELECT keys.k, r.target_id FROM keys CROSS JOIN relations r ON r.source_id = keys.k AND r.type = 'OCCURRED_IN')
  SELECT l.parent, ${ENTITY_COLUMNS} FROM links l CROSS JOIN entities e ON e.id = l.child
  WHERE e.type = 'Location' ORDER BY l.parent, e.id`,

  // ---- ingestDocument steps --------------------------------------------------
  'ingestDocument.insertDocument': `INSERT INTO documents (content_hash, title, published_at, source, text, ingested_at, extraction_id)
    VALUES (@contentHash, @title, @publishedAt, @source, @text, @ingestedAt, @extractionId) RETURNING id`,
  'ingestDocument.insertSentence': `INSERT INTO sentences (document_id, idx, start, end, paragraph)
    VALUES (@documentId, @index, @start, @end, @paragraph)`,
  'ingestDocument.findMergeKey': `SELECT entity_id FROM merge_keys WHERE type = ? AND key = ?`,
  'ingestDocument.recordMerge': `INSERT INTO entity_merges (document_id, local_id, entity_id, reason) VALUES (?, ?, ?, ?)`,
  'ingestDocument.insertMergeKey': `INSERT OR IGNORE INTO merge_keys (type, key, entity_id) VALUES (?, ?, ?)`,
  'ingestDocument.getEntityFacts': `SELECT * FROM entities WHERE id = ?`,
  'ingestDocument.insertEntity': `INSERT INTO entities (type, name, name_key, aliases, salience, confidence, rule, gender,
      location_kind, country_code, latitude, longitude, gazetteer_id, within_name, event_kind, time_text, time_date)
    VALUES (@type, @name, @nameKey, @aliases, @salience, @confidence, @rule, @gender,
      @locationKind, @countryCode, @latitude, @longitude, @gazetteerId, @withinName, @eventKind, @timeText, @timeDate)
    RETURNING id`,
  'ingestDocument.updateEntity': `UPDATE entities SET name = @name, name_key = @nameKey, aliases = @aliases,
      salience = @salience, confidence = @confidence, gender = @gender,
      location_kind = @locationKind, country_code = @countryCode, latitude = @latitude, longitude = @longitude,
      gazetteer_id = @gazetteerId, within_name = @withinName, event_kind = @eventKind,
      time_text = @timeText, time_date = @timeDate
    WHERE id = @id`,
  'ingestDocument.addMentionCount': `UPDATE entities SET mention_count = mention_count + ? WHERE id = ?`,
  'ingestDocument.setWithin': `UPDATE entities SET within_id = COALESCE(within_id, ?) WHERE id = ? AND id <> ?`,
  'ingestDocument.roleSignatures': `SELECT ro.title_key, ro.of_entity_id, o.type AS of_type, o.country_code AS of_country
    FROM roles ro LEFT JOIN entities o ON o.id = ro.of_entity_id WHERE ro.person_id = ?`,
  'ingestDocument.entityCountry': `SELECT type, country_code FROM entities WHERE id = ?`,
  'ingestDocument.insertEntityName': `INSERT OR IGNORE INTO entity_names (entity_id, name, name_key) VALUES (?, ?, ?)`,
  'ingestDocument.upsertEntityDocument': `INSERT INTO entity_documents (entity_id, document_id, local_id, salience, confidence,
      mention_count, rule, time_text, time_date, time_start, time_end)
    VALUES (@entityId, @documentId, @localId, @salience, @confidence, @mentionCount, @rule, @timeText, @timeDate, @timeStart, @timeEnd)
    ON CONFLICT (entity_id, document_id) DO UPDATE SET
      salience = max(salience, excluded.salience),
      confidence = max(confidence, excluded.confidence),
      mention_count = mention_count + excluded.mention_count,
      time_text = COALESCE(time_text, excluded.time_text),
      time_date = COALESCE(time_date, excluded.time_date),
      time_start = COALESCE(time_start, excluded.time_start),
      time_end = COALESCE(time_end, excluded.time_end)`,
  'ingestDocument.insertMention': `INSERT INTO mentions (entity_id, document_id, start, end, text, sentence_index,
      sentence_start, sentence_end, pronoun, rule, confidence)
    VALUES (@entityId, @documentId, @start, @end, @text, @sentenceIndex, @sentenceStart, @sentenceEnd, @pronoun, @rule, @confidence)`,
  'ingestDocument.insertRole': `INSERT INTO roles (person_id, title, title_key, of_entity_id, document_id,
      evidence_start, evidence_end, sentence_start, sentence_end)
    VALUES (@personId, @title, @titleKey, @ofEntityId, @documentId, @evidenceStart, @evidenceEnd, @sentenceStart, @sentenceEnd)`,
  'ingestDocument.insertParticipant': `INSERT OR IGNORE INTO event_participants (event_id, entity_id, role) VALUES (?, ?, ?)`,
  'ingestDocument.insertEventLocation': `INSERT OR IGNORE INTO event_locations (event_id, location_id) VALUES (?, ?)`,
  'ingestDocument.insertQuote': `INSERT INTO quotes (document_id, local_id, text, text_fold, direct, speaker_id, addressee_id, start, end,
      sentence_index, sentence_start, sentence_end, cue_start, cue_end, rule, confidence)
    VALUES (@documentId, @localId, @text, @textFold, @direct, @speakerId, @addresseeId, @start, @end,
      @sentenceIndex, @sentenceStart, @sentenceEnd, @cueStart, @cueEnd, @rule, @confidence)
    RETURNING id`,
  'ingestDocument.insertQuoteAbout': `INSERT OR IGNORE INTO quote_about (quote_id, entity_id, position) VALUES (?, ?, ?)`,
  // Relations are one row per (type, source, target) across documents; the best confidence wins.
  'ingestDocument.upsertRelation': `INSERT INTO relations (type, source_id, target_id, confidence, rule)
    VALUES (@type, @sourceId, @targetId, @confidence, @rule)
    ON CONFLICT (type, source_id, target_id) DO UPDATE SET confidence = max(confidence, excluded.confidence)
    RETURNING id`,
  'ingestDocument.insertRelationEvidence': `INSERT OR IGNORE INTO relation_evidence (relation_id, document_id, start, end,
      sentence_start, sentence_end, rule, confidence)
    VALUES (@relationId, @documentId, @start, @end, @sentenceStart, @sentenceEnd, @rule, @confidence)`,
  'ingestDocument.setDateline': `UPDATE documents SET dateline_location_id = ? WHERE id = ?`,
} as const;

export type StatementName = keyof typeof SQL;

/**
 * Every SQL statement of the PostgreSQL adapter's core, named after the Store
 * method that runs it (`ingestDocument.*` for the steps of an ingest): the
 * SQLite statements (src/store/sqlite/statements.ts) ported. Batch reads take
 * the keys as one int[] (`@keys`) and page every parent in ONE statement:
 * lists that grow with the corpus (a speaker's quotes, an entity's mentions)
 * read each parent's page with LIMIT/OFFSET and count it apart (pagedLateral);
 * short ones rank with ROW_NUMBER() OVER (PARTITION BY parent), COUNT(*) OVER
 * the same partition giving totalCount and row 1 of every parent always
 * returned (the adapter drops it when it is before the page) so that
 * totalCount is known even for a page past the end (paged).
 * `@name` placeholders become $1, $2... (see compileNamed); casts name the
 * parameter types PostgreSQL cannot infer from `@x IS NULL OR ...`.
 * COUNT and ROW_NUMBER are bigint, which pg returns as strings: cast to int.
 */

export const KEYS = `keys AS (SELECT DISTINCT k FROM unnest(@keys::int[]) AS k)`;
export const PAGE = `WHERE p.rn = 1 OR (p.rn > @offset::int AND p.rn <= @offset::int + @limit::int)`;
export const RANK = `(ROW_NUMBER() OVER w)::int AS rn,
  (COUNT(*) OVER (w ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING))::int AS total`;
const TYPES_FILTER = `(@types::text[] IS NULL OR e.type = ANY(@types::text[]))`;
const CONTAINS = `(@contains::text IS NULL OR strpos(q.text_fold, @contains::text) > 0)`;

export const ENTITY_COLUMNS = `e.id, e.type, e.name, e.aliases, e.salience, e.confidence, e.mention_count,
  e.location_kind, e.country_code, e.latitude, e.longitude, e.gazetteer_id, e.within_id,
  e.event_kind, e.time_text, e.time_date`;
export const DOCUMENT_COLUMNS = `d.id, d.content_hash, d.title, d.published_at, d.source, d.text, d.ingested_at, d.dateline_location_id`;
// JSON as text: the row mappers (src/store/rows.ts) parse it, as they do SQLite's.
export const QUOTE_COLUMNS = `q.id, q.document_id, q.text, q.direct, q.speaker_id, q.addressee_id, q.start, q.end,
  q.sentence_start, q.sentence_end, q.rule, q.confidence,
  COALESCE((SELECT json_agg(qa.entity_id ORDER BY qa.position) FROM quote_about qa WHERE qa.quote_id = q.id)::text, '[]') AS about_json`;
export const RELATION_COLUMNS = `r.id, r.type, r.source_id, r.target_id, r.confidence,
  COALESCE((SELECT json_agg(json_build_object('documentId', ev.document_id, 'start', ev.start, 'end', ev.end,
      'sentenceStart', ev.sentence_start, 'sentenceEnd', ev.sentence_end) ORDER BY ev.document_id, ev.start)
   FROM relation_evidence ev WHERE ev.relation_id = r.id)::text, '[]') AS evidence_json`;
export const MENTION_COLUMNS = `m.id, m.entity_id, m.document_id, m.start, m.end, m.text, m.sentence_start, m.sentence_end, m.rule, m.confidence`;

/**
 * A paged-per-parent statement: `ranked` yields (parent, child, rn, total) and
 * the page's rows are then read by id from `table` (aliased as `columns` expects).
 * The window ranks every row of every parent: for links that are few per parent
 * (a document's entities, an entity's MET links); lists that grow with the
 * corpus use pagedLateral.
 */
export function paged(ranked: string, columns: string, table: string, alias: string): string {
  return `WITH ${KEYS}, ranked AS (${ranked})
SELECT p.parent, p.rn, p.total, ${columns} FROM ranked p JOIN ${table} ${alias} ON ${alias}.id = p.child ${PAGE}`;
}

/**
 * A paged-per-parent statement that costs the page, not the parent's rows:
 * `count` yields (parent, total) for the keys (one grouped COUNT, read from an
 * index that leads with the parent), and `page`, a SELECT of child ids about
 * `c.parent` with its ORDER BY, is cut to OFFSET/LIMIT for each parent that has
 * rows, so an index of (parent, order...) stops after the page even for a
 * speaker of thousands of quotes. ARRAY(...) keeps the subquery's order and
 * WITH ORDINALITY numbers it. Same columns as paged(): a parent whose page is
 * past the end keeps one row with rn NULL, which carries its totalCount
 * (pagesByParent keeps no row whose rn is outside the page).
 */
export function pagedLateral(count: string, page: string, columns: string, table: string, alias: string): string {
  return `WITH ${KEYS}, counts(parent, total) AS (${count})
SELECT c.parent, (@offset::int + p.n)::int AS rn, c.total::int AS total, ${columns}
FROM counts c
  LEFT JOIN LATERAL unnest(ARRAY(${page} LIMIT @limit::int OFFSET @offset::int)) WITH ORDINALITY AS p(child, n) ON TRUE
  LEFT JOIN ${table} ${alias} ON ${alias}.id = p.child`;
}

/** Entities linked to each key through `links(parent, child)`, paged per parent. */
function pagedEntities(links: string, order: string, where = 'TRUE'): string {
  return paged(
    `WITH links(parent, child) AS (${links})
  SELECT l.parent, e.id AS child,
    ${RANK}
  FROM links l JOIN entities e ON e.id = l.child
  WHERE ${where}
  WINDOW w AS (PARTITION BY l.parent ORDER BY ${order})`,
    ENTITY_COLUMNS,
    'entities',
    'e',
  );
}

// Text columns are COLLATE "C" (see 001_init.sql): names sort byte-wise, as in SQLite.
const BY_SALIENCE = 'e.mention_count DESC, e.name, e.id';
const BY_EVENT_DATE = `COALESCE(e.time_date, '') DESC, e.id`;

export const SQL = {
  // ---- point lookups -------------------------------------------------------
  getDocuments: `SELECT ${DOCUMENT_COLUMNS} FROM documents d WHERE d.id = ANY(@keys::int[])`,
  getEntities: `SELECT ${ENTITY_COLUMNS} FROM entities e WHERE e.id = ANY(@keys::int[])`,
  getQuotes: `SELECT ${QUOTE_COLUMNS} FROM quotes q WHERE q.id = ANY(@keys::int[])`,
  getRelations: `SELECT ${RELATION_COLUMNS} FROM relations r WHERE r.id = ANY(@keys::int[])`,
  getDocumentByHash: `SELECT ${DOCUMENT_COLUMNS} FROM documents d WHERE d.content_hash = @hash::text`,
  stats: `SELECT
    (SELECT documents FROM store_version)::int AS documents,
    (SELECT COUNT(*) FROM entities)::int AS entities,
    (SELECT quotes FROM store_version)::int AS quotes,
    (SELECT COUNT(*) FROM relations)::int AS relations,
    (SELECT COUNT(*) FROM mentions WHERE pronoun = 0)::int AS mentions`,
  dataVersion: `SELECT version::text AS version FROM store_version`,

  // ---- root lists (rows + a COUNT) -----------------------------------------
  listDocuments: `SELECT ${DOCUMENT_COLUMNS} FROM documents d ORDER BY d.id LIMIT @limit::int OFFSET @offset::int`,
  // Kept by every ingest (migration 009): no COUNT of the whole table.
  listDocumentsCount: `SELECT documents::int AS total FROM store_version`,
  listEntities: `SELECT ${ENTITY_COLUMNS} FROM entities e WHERE ${TYPES_FILTER}
    ORDER BY e.mention_count DESC, e.name, e.id LIMIT @limit::int OFFSET @offset::int`,
  listEntitiesCount: `SELECT COUNT(*)::int AS total FROM entities e WHERE ${TYPES_FILTER}`,
  // One type (people, organizations...) as an equality: the page and the COUNT read the (type, mention_count DESC, name, id)
  // index, where `type = ANY(...)` in a prepared statement's generic plan cannot lead with the type.
  'listEntities.type': `SELECT ${ENTITY_COLUMNS} FROM entities e WHERE e.type = @type::text
    ORDER BY e.mention_count DESC, e.name, e.id LIMIT @limit::int OFFSET @offset::int`,
  'listEntities.typeCount': `SELECT COUNT(*)::int AS total FROM entities e WHERE e.type = @type::text`,
  listQuotes: `SELECT ${QUOTE_COLUMNS} FROM quotes q WHERE ${CONTAINS}
    ORDER BY q.document_id, q.start, q.id LIMIT @limit::int OFFSET @offset::int`,
  listQuotesCount: `SELECT COUNT(*)::int AS total FROM quotes q WHERE ${CONTAINS}`,
  'listQuotesCount.all': `SELECT quotes::int AS total FROM store_version`,
  'listQuotes.speaker': `SELECT ${QUOTE_COLUMNS} FROM quotes q
    WHERE q.speaker_id = @speakerId::int AND ${CONTAINS}
    ORDER BY q.document_id, q.start, q.id LIMIT @limit::int OFFSET @offset::int`,
  'listQuotes.speakerCount': `SELECT COUNT(*)::int AS total FROM quotes q WHERE q.speaker_id = @speakerId::int AND ${CONTAINS}`,
  listRelations: `SELECT ${RELATION_COLUMNS} FROM relations r WHERE (@type::text IS NULL OR r.type = @type::text)
    ORDER BY r.id LIMIT @limit::int OFFSET @offset::int`,
  listRelationsCount: `SELECT COUNT(*)::int AS total FROM relations r WHERE (@type::text IS NULL OR r.type = @type::text)`,

  // ---- paged per parent ----------------------------------------------------
  mentionsByEntity: pagedLateral(
    `SELECT m.entity_id, COUNT(*) FROM keys JOIN mentions m ON m.entity_id = keys.k AND m.pronoun = 0 GROUP BY m.entity_id`,
    `SELECT m.id FROM mentions m WHERE m.entity_id = c.parent AND m.pronoun = 0 ORDER BY m.document_id, m.start, m.id`,
    MENTION_COLUMNS,
    'mentions',
    'm',
  ),
  documentsByEntity: pagedLateral(
    `SELECT ed.entity_id, COUNT(*) FROM keys JOIN entity_documents ed ON ed.entity_id = keys.k GROUP BY ed.entity_id`,
    `SELECT ed.document_id FROM entity_documents ed WHERE ed.entity_id = c.parent ORDER BY ed.document_id`,
    DOCUMENT_COLUMNS,
    'documents',
    'd',
  ),
  relationsByEntity: paged(
    `WITH links(parent, rid) AS (
      SELECT keys.k, r.id FROM keys JOIN relations r ON r.source_id = keys.k WHERE @type::text IS NULL OR r.type = @type::text
      UNION
      SELECT keys.k, r.id FROM keys JOIN relations r ON r.target_id = keys.k WHERE @type::text IS NULL OR r.type = @type::text)
    SELECT l.parent, r.id AS child,
      ${RANK}
    FROM links l JOIN relations r ON r.id = l.rid
    WINDOW w AS (PARTITION BY l.parent ORDER BY r.confidence DESC, r.id)`,
    RELATION_COLUMNS,
    'relations',
    'r',
  ),
  quotesBySpeaker: pagedLateral(
    `SELECT q.speaker_id, COUNT(*) FROM keys JOIN quotes q ON q.speaker_id = keys.k WHERE ${CONTAINS} GROUP BY q.speaker_id`,
    `SELECT q.id FROM quotes q WHERE q.speaker_id = c.parent AND ${CONTAINS} ORDER BY q.direct DESC, q.document_id, q.start, q.id`,
    QUOTE_COLUMNS,
    'quotes',
    'q',
  ),
  metByEntity: pagedEntities(
    `SELECT keys.k, r.target_id FROM keys JOIN relations r ON r.source_id = keys.k AND r.type = 'MET'
     UNION
     SELECT keys.k, r.source_id FROM keys JOIN relations r ON r.target_id = keys.k AND r.type = 'MET'`,
    BY_SALIENCE,
  ),
  eventsByParticipant: pagedEntities(
    `SELECT keys.k, ep.event_id FROM keys JOIN event_participants ep ON ep.entity_id = keys.k
     UNION
     SELECT keys.k, r.target_id FROM keys JOIN relations r ON r.source_id = keys.k AND r.type = 'PARTICIPATED_IN'`,
    BY_EVENT_DATE,
    `e.type = 'Event'`,
  ),
  eventsByLocation: pagedEntities(
    `SELECT keys.k, el.event_id FROM keys JOIN event_locations el ON el.location_id = keys.k
     UNION
     SELECT keys.k, r.source_id FROM keys JOIN relations r ON r.target_id = keys.k AND r.type = 'OCCURRED_IN'`,
    BY_EVENT_DATE,
    `e.type = 'Event'`,
  ),
  membersByOrganization: pagedEntities(
    `SELECT keys.k, ro.person_id FROM keys JOIN roles ro ON ro.of_entity_id = keys.k
     UNION
     SELECT keys.k, r.source_id FROM keys JOIN relations r ON r.target_id = keys.k AND r.type = 'AFFILIATED_WITH'`,
    BY_SALIENCE,
    `e.type = 'Person'`,
  ),
  entitiesByDocument: paged(
    `SELECT ed.document_id AS parent, e.id AS child,
      ${RANK}
    FROM keys JOIN entity_documents ed ON ed.document_id = keys.k JOIN entities e ON e.id = ed.entity_id
    WHERE ${TYPES_FILTER}
    WINDOW w AS (PARTITION BY ed.document_id ORDER BY ed.salience DESC, ed.mention_count DESC, e.id)`,
    ENTITY_COLUMNS,
    'entities',
    'e',
  ),
  quotesByDocument: pagedLateral(
    `SELECT q.document_id, COUNT(*) FROM keys JOIN quotes q ON q.document_id = keys.k GROUP BY q.document_id`,
    `SELECT q.id FROM quotes q WHERE q.document_id = c.parent ORDER BY q.start, q.id`,
    QUOTE_COLUMNS,
    'quotes',
    'q',
  ),
  eventsByDocument: paged(
    `SELECT ed.document_id AS parent, e.id AS child,
      ${RANK}
    FROM keys JOIN entity_documents ed ON ed.document_id = keys.k JOIN entities e ON e.id = ed.entity_id
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
    FROM keys JOIN roles ro ON ro.person_id = keys.k)
  SELECT person_id AS parent, title, of_entity_id, document_id, evidence_start, evidence_end, sentence_start, sentence_end
  FROM ranked WHERE rn = 1 ORDER BY person_id, id`,
  // Participants with their roles (in the order written), then PARTICIPATED_IN sources not already listed.
  participantsByEvent: `WITH ${KEYS}
  SELECT ep.event_id AS parent, ep.entity_id, ep.role, 0 AS src, ep.id AS ord
    FROM keys JOIN event_participants ep ON ep.event_id = keys.k
  UNION ALL
  SELECT r.target_id, r.source_id, NULL, 1, r.id
    FROM keys JOIN relations r ON r.target_id = keys.k AND r.type = 'PARTICIPATED_IN'
    WHERE NOT EXISTS (SELECT 1 FROM event_participants ep WHERE ep.event_id = r.target_id AND ep.entity_id = r.source_id)
  ORDER BY parent, src, ord`,
  locationsByEvent: `WITH ${KEYS}, links(parent, child) AS (
      SELECT keys.k, el.location_id FROM keys JOIN event_locations el ON el.event_id = keys.k
      UNION
      SELECT keys.k, r.target_id FROM keys JOIN relations r ON r.source_id = keys.k AND r.type = 'OCCURRED_IN')
  SELECT l.parent, ${ENTITY_COLUMNS} FROM links l JOIN entities e ON e.id = l.child
  WHERE e.type = 'Location' ORDER BY l.parent, e.id`,

  // ---- ingestDocument steps --------------------------------------------------
  // DO NOTHING: when another transaction holds or committed the same text, no row comes back (created=false).
  'ingestDocument.insertDocument': `INSERT INTO documents (content_hash, title, published_at, source, text, ingested_at, extraction_id,
      title_fold, text_fold)
    VALUES (@contentHash::text, @title::text, @publishedAt::text, @source::text, @text::text, @ingestedAt::text, @extractionId::text,
      @titleFold::text, @textFold::text)
    ON CONFLICT (content_hash) DO NOTHING RETURNING id`,
  // Taken in ascending order by every ingest, so two ingests never wait on each other in a cycle.
  'ingestDocument.lockMergeKeys': `SELECT pg_advisory_xact_lock(@namespace::int, k)
    FROM unnest(@locks::int[]) WITH ORDINALITY AS t(k, n) ORDER BY n`,
  'ingestDocument.insertSentences': `INSERT INTO sentences (document_id, idx, start, "end", paragraph)
    SELECT @documentId::int, s.idx, s.start, s.stop, s.paragraph
    FROM unnest(@idx::int[], @start::int[], @end::int[], @paragraph::int[]) AS s(idx, start, stop, paragraph)`,
  // The stored owners of the document's merge keys and of their role-qualified forms ("name:x" and "name:x@...":
  // '@' sorts just before 'A', so the second half is a range scan of the (type, key) index).
  'ingestDocument.findMergeKeys': `SELECT m.type, m.key, m.entity_id
    FROM unnest(@type::text[], @key::text[]) AS k(type, key) JOIN merge_keys m ON m.type = k.type AND m.key = k.key
    UNION
    SELECT m.type, m.key, m.entity_id
    FROM unnest(@type::text[], @key::text[]) AS k(type, key)
      JOIN merge_keys m ON m.type = k.type AND m.key >= k.key || '@' AND m.key < k.key || 'A'`,
  // Row locks on every existing entity the document may update, taken in id order in one statement: two ingests
  // that reach the same entities through different keys then wait for each other instead of deadlocking.
  // NO KEY UPDATE is the lock the UPDATE itself would take: inserts referencing the rows are not held up.
  'ingestDocument.lockEntities': `SELECT id FROM entities WHERE id = ANY(@ids::int[]) ORDER BY id FOR NO KEY UPDATE`,
  'ingestDocument.recordMerges': `INSERT INTO entity_merges (document_id, local_id, entity_id, reason)
    SELECT @documentId::int, r.local_id, r.entity_id, r.reason
    FROM unnest(@localId::text[], @entityId::int[], @reason::text[]) AS r(local_id, entity_id, reason)`,
  'ingestDocument.insertMergeKeys': `INSERT INTO merge_keys (type, key, entity_id)
    SELECT k.type, k.key, k.entity_id FROM unnest(@type::text[], @key::text[], @entityId::int[]) AS k(type, key, entity_id)
    ON CONFLICT DO NOTHING`,
  'ingestDocument.getEntityFacts': `SELECT * FROM entities WHERE id = @id::int`,
  'ingestDocument.insertEntity': `INSERT INTO entities (type, name, name_key, aliases, salience, confidence, rule, gender,
      location_kind, country_code, latitude, longitude, gazetteer_id, within_name, event_kind, time_text, time_date)
    VALUES (@type::text, @name::text, @nameKey::text, @aliases::text, @salience::float8, @confidence::float8, @rule::text, @gender::text,
      @locationKind::text, @countryCode::text, @latitude::float8, @longitude::float8, @gazetteerId::text, @withinName::text,
      @eventKind::text, @timeText::text, @timeDate::text)
    RETURNING id`,
  'ingestDocument.updateEntity': `UPDATE entities SET name = @name::text, name_key = @nameKey::text, aliases = @aliases::text,
      salience = @salience::float8, confidence = @confidence::float8, gender = @gender::text,
      location_kind = @locationKind::text, country_code = @countryCode::text, latitude = @latitude::float8,
      longitude = @longitude::float8, gazetteer_id = @gazetteerId::text, within_name = @withinName::text,
      event_kind = @eventKind::text, time_text = @timeText::text, time_date = @timeDate::text
    WHERE id = @id::int`,
  'ingestDocument.addMentionCounts': `UPDATE entities e SET mention_count = e.mention_count + c.count
    FROM unnest(@id::int[], @count::int[]) AS c(id, count) WHERE e.id = c.id`,
  'ingestDocument.setWithin': `UPDATE entities SET within_id = COALESCE(within_id, @withinId::int)
    WHERE id = @id::int AND id <> @withinId::int`,
  'ingestDocument.roleSignatures': `SELECT ro.title_key, ro.of_entity_id, o.type AS of_type, o.country_code AS of_country
    FROM roles ro LEFT JOIN entities o ON o.id = ro.of_entity_id WHERE ro.person_id = @personId::int ORDER BY ro.id`,
  'ingestDocument.entityCountry': `SELECT type, country_code FROM entities WHERE id = @id::int`,
  'ingestDocument.insertEntityNames': `INSERT INTO entity_names (entity_id, name, name_key)
    SELECT n.entity_id, n.name, n.name_key
    FROM unnest(@entityId::int[], @name::text[], @nameKey::text[]) WITH ORDINALITY AS n(entity_id, name, name_key, ord)
    ORDER BY n.ord
    ON CONFLICT DO NOTHING`,
  // One row per entity: the local entities merged into one are combined by the adapter (see write-extraction.ts).
  'ingestDocument.insertEntityDocuments': `INSERT INTO entity_documents (entity_id, document_id, local_id, salience, confidence,
      mention_count, rule, time_text, time_date, time_start, time_end)
    SELECT r.entity_id, @documentId::int, r.local_id, r.salience, r.confidence, r.mention_count, r.rule,
      r.time_text, r.time_date, r.time_start, r.time_end
    FROM unnest(@entityId::int[], @localId::text[], @salience::float8[], @confidence::float8[], @mentionCount::int[], @rule::text[],
      @timeText::text[], @timeDate::text[], @timeStart::int[], @timeEnd::int[])
      AS r(entity_id, local_id, salience, confidence, mention_count, rule, time_text, time_date, time_start, time_end)`,
  // All the document's mentions in one statement, ids in the order given.
  'ingestDocument.insertMentions': `INSERT INTO mentions (entity_id, document_id, start, "end", text, sentence_index,
      sentence_start, sentence_end, pronoun, rule, confidence)
    SELECT m.entity_id, @documentId::int, m.start, m.stop, m.text, m.sentence_index, m.sentence_start, m.sentence_end,
      m.pronoun, m.rule, m.confidence
    FROM unnest(@entityId::int[], @start::int[], @end::int[], @text::text[], @sentenceIndex::int[], @sentenceStart::int[],
      @sentenceEnd::int[], @pronoun::int[], @rule::text[], @confidence::float8[])
      WITH ORDINALITY AS m(entity_id, start, stop, text, sentence_index, sentence_start, sentence_end, pronoun, rule, confidence, ord)
    ORDER BY m.ord`,
  'ingestDocument.insertRole': `INSERT INTO roles (person_id, title, title_key, of_entity_id, document_id,
      evidence_start, evidence_end, sentence_start, sentence_end)
    VALUES (@personId::int, @title::text, @titleKey::text, @ofEntityId::int, @documentId::int,
      @evidenceStart::int, @evidenceEnd::int, @sentenceStart::int, @sentenceEnd::int)`,
  'ingestDocument.insertParticipant': `INSERT INTO event_participants (event_id, entity_id, role)
    VALUES (@eventId::int, @entityId::int, @role::text) ON CONFLICT DO NOTHING`,
  'ingestDocument.insertEventLocation': `INSERT INTO event_locations (event_id, location_id)
    VALUES (@eventId::int, @locationId::int) ON CONFLICT DO NOTHING`,
  'ingestDocument.insertQuote': `INSERT INTO quotes (document_id, local_id, text, text_fold, direct, speaker_id, addressee_id, start, "end",
      sentence_index, sentence_start, sentence_end, cue_start, cue_end, rule, confidence)
    VALUES (@documentId::int, @localId::text, @text::text, @textFold::text, @direct::int, @speakerId::int, @addresseeId::int,
      @start::int, @end::int, @sentenceIndex::int, @sentenceStart::int, @sentenceEnd::int, @cueStart::int, @cueEnd::int,
      @rule::text, @confidence::float8)
    RETURNING id`,
  'ingestDocument.insertQuoteAbout': `INSERT INTO quote_about (quote_id, entity_id, position)
    SELECT a.quote_id, a.entity_id, a.position FROM unnest(@quoteId::int[], @entityId::int[], @position::int[]) AS a(quote_id, entity_id, position)
    ON CONFLICT DO NOTHING`,
  // Relations are one row per (type, source, target) across documents; the best confidence wins.
  // Update first, insert only when there is nothing to update: an INSERT ... ON CONFLICT takes an id
  // from the sequence even when it ends up updating, and the ids would drift from SQLite's.
  'ingestDocument.upsertRelation': `WITH updated AS (
      UPDATE relations r SET confidence = GREATEST(r.confidence, @confidence::float8)
      WHERE r.type = @type::text AND r.source_id = @sourceId::int AND r.target_id = @targetId::int
      RETURNING r.id),
    inserted AS (
      INSERT INTO relations AS r (type, source_id, target_id, confidence, rule)
      SELECT @type::text, @sourceId::int, @targetId::int, @confidence::float8, @rule::text
      WHERE NOT EXISTS (SELECT 1 FROM updated)
      ON CONFLICT (type, source_id, target_id) DO UPDATE SET confidence = GREATEST(r.confidence, excluded.confidence)
      RETURNING r.id)
    SELECT id FROM updated UNION ALL SELECT id FROM inserted`,
  'ingestDocument.insertRelationEvidence': `INSERT INTO relation_evidence (relation_id, document_id, start, "end",
      sentence_start, sentence_end, rule, confidence)
    SELECT v.relation_id, @documentId::int, v.start, v.stop, v.sentence_start, v.sentence_end, v.rule, v.confidence
    FROM unnest(@relationId::int[], @start::int[], @end::int[], @sentenceStart::int[], @sentenceEnd::int[], @rule::text[], @confidence::float8[])
      AS v(relation_id, start, stop, sentence_start, sentence_end, rule, confidence)
    ON CONFLICT DO NOTHING`,
  'ingestDocument.setDateline': `UPDATE documents SET dateline_location_id = @locationId::int WHERE id = @documentId::int`,
  // Last statement of every ingest: the row lock is held only until the commit that follows.
  'ingestDocument.bumpVersion': `UPDATE store_version SET version = version + 1, documents = documents + 1, quotes = quotes + @quotes::int`,
} as const;

export type StatementName = keyof typeof SQL;

export interface CompiledStatement {
  /** The prepared statement's name on every connection. */
  name: string;
  text: string;
  /** Parameter names in $n order. */
  params: string[];
}

/** `@name` -> `$n` (one number per distinct name), keeping the names in order. */
export function compileNamed(name: string, sql: string): CompiledStatement {
  const params: string[] = [];
  const text = sql.replace(/@([A-Za-z_]\w*)/g, (_, param: string) => {
    let index = params.indexOf(param);
    if (index < 0) index = params.push(param) - 1;
    return `$${index + 1}`;
  });
  return { name, text, params };
}

export const COMPILED: Record<StatementName, CompiledStatement> = Object.fromEntries(
  Object.entries(SQL).map(([key, sql]) => [key, compileNamed(`newsgraph.${key}`, sql)]),
) as Record<StatementName, CompiledStatement>;

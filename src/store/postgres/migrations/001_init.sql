-- The knowledge graph on PostgreSQL: the schema the SQLite adapter reaches after
-- its migrations 001..007, with the same table and column names so its read
-- SQL ports mechanically. Differences, and why:
--   * ids are `integer GENERATED ALWAYS AS IDENTITY` (pg returns int4 as a JS
--     number; int8 would come back as a string);
--   * `end` is a reserved word: quote it ("end") or qualify it (q.end);
--   * event_participants has an id (SQLite ordered participants by rowid);
--   * folded text (src/graph/merge-keys foldText: case and accents) is computed
--     in JavaScript at write time, since PostgreSQL cannot call the JS function
--     SQLite registers as newsgraph_fold: quotes.text_fold, documents.title_fold
--     and documents.text_fold;
--   * full text: generated tsvector columns (config 'simple' over the folded
--     text: no stemming, no stop words, like FTS5's unicode61 remove_diacritics)
--     with GIN indexes, instead of the FTS5 tables and their triggers;
--   * fuzzy names: pg_trgm GIN index on entity_names.name_key instead of the
--     FTS5 trigram table;
--   * store_version: one counter row bumped by every ingest transaction, so
--     any process can tell cheaply whether the data changed (dataVersion).
-- Text compares and sorts byte-wise (COLLATE "C"), as SQLite's BINARY does,
-- whatever the database's locale: same orders on both adapters, and LIKE 'x%'
-- can use a plain btree index.
-- Dates stay ISO-8601 text, JSON arrays (entities.aliases) stay text, flags
-- (quotes.direct, mentions.pronoun) stay 0/1 integers: the row mappers are shared.

-- pg_trgm lives in public (the connections' search_path is "<schema>", public).
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;

CREATE TABLE entities (
  id             integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  type           text COLLATE "C"    NOT NULL CHECK (type IN ('Person', 'Organization', 'Location', 'Event')),
  name           text COLLATE "C"    NOT NULL,
  name_key       text COLLATE "C"    NOT NULL,
  -- JSON array of distinct surface forms other than `name`.
  aliases        text COLLATE "C"    NOT NULL DEFAULT '[]',
  salience       double precision NOT NULL DEFAULT 0,
  confidence     double precision NOT NULL DEFAULT 0,
  -- Name mentions (pronouns excluded) over all documents.
  mention_count  integer NOT NULL DEFAULT 0,
  rule           text COLLATE "C",
  gender         text COLLATE "C",
  -- Location
  location_kind  text COLLATE "C",
  country_code   text COLLATE "C",
  latitude       double precision,
  longitude      double precision,
  gazetteer_id   text COLLATE "C",
  within_id      integer REFERENCES entities(id),
  within_name    text COLLATE "C",
  -- Event
  event_kind     text COLLATE "C",
  time_text      text COLLATE "C",
  time_date      text COLLATE "C"
);

CREATE TABLE documents (
  id                     integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  content_hash           text COLLATE "C"    NOT NULL UNIQUE,
  title                  text COLLATE "C",
  published_at           text COLLATE "C",
  source                 text COLLATE "C",
  text                   text COLLATE "C"    NOT NULL,
  ingested_at            text COLLATE "C"    NOT NULL,
  -- The extractor's own id for the document (a hash prefix unless the caller named it).
  extraction_id          text COLLATE "C",
  dateline_location_id   integer REFERENCES entities(id),
  -- foldText(title) and foldText(text), written by the adapter.
  title_fold             text COLLATE "C",
  text_fold              text COLLATE "C"    NOT NULL,
  -- Title words weigh A, body words D (FTS5 ranked them bm25(3.0, 1.0)).
  search_tsv             tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('simple', coalesce(title_fold, '')), 'A') ||
    setweight(to_tsvector('simple', text_fold), 'D')
  ) STORED
);

CREATE TABLE sentences (
  document_id  integer NOT NULL REFERENCES documents(id),
  idx          integer NOT NULL,
  start        integer NOT NULL,
  "end"        integer NOT NULL,
  paragraph    integer NOT NULL,
  PRIMARY KEY (document_id, idx)
);

-- Name and aliases, normalised (src/graph/merge-keys normalizeName), for search.
CREATE TABLE entity_names (
  entity_id  integer NOT NULL REFERENCES entities(id),
  name       text COLLATE "C"    NOT NULL,
  name_key   text COLLATE "C"    NOT NULL,
  PRIMARY KEY (entity_id, name)
);

-- The cross-document identity: one entity per (type, key).
CREATE TABLE merge_keys (
  type       text COLLATE "C"    NOT NULL,
  key        text COLLATE "C"    NOT NULL,
  entity_id  integer NOT NULL REFERENCES entities(id),
  PRIMARY KEY (type, key)
);

-- Which documents mention which entities, with the per-document figures
-- (local_id is the extractor's id of the first entity of the document merged here).
CREATE TABLE entity_documents (
  entity_id      integer NOT NULL REFERENCES entities(id),
  document_id    integer NOT NULL REFERENCES documents(id),
  local_id       text COLLATE "C"    NOT NULL,
  salience       double precision NOT NULL,
  confidence     double precision NOT NULL,
  mention_count  integer NOT NULL,
  rule           text COLLATE "C",
  -- Where this document states an event's time; the entity keeps the first.
  time_text      text COLLATE "C",
  time_date      text COLLATE "C",
  time_start     integer,
  time_end       integer,
  PRIMARY KEY (entity_id, document_id)
);

CREATE TABLE mentions (
  id              integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  entity_id       integer NOT NULL REFERENCES entities(id),
  document_id     integer NOT NULL REFERENCES documents(id),
  start           integer NOT NULL,
  "end"           integer NOT NULL,
  text            text COLLATE "C"    NOT NULL,
  sentence_index  integer NOT NULL,
  sentence_start  integer NOT NULL,
  sentence_end    integer NOT NULL,
  pronoun         integer NOT NULL DEFAULT 0,
  rule            text COLLATE "C"    NOT NULL,
  confidence      double precision NOT NULL
);

CREATE TABLE roles (
  id              integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  person_id       integer NOT NULL REFERENCES entities(id),
  title           text COLLATE "C"    NOT NULL,
  title_key       text COLLATE "C"    NOT NULL,
  of_entity_id    integer REFERENCES entities(id),
  document_id     integer REFERENCES documents(id),
  evidence_start  integer,
  evidence_end    integer,
  sentence_start  integer,
  sentence_end    integer
);

CREATE TABLE quotes (
  id              integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  document_id     integer NOT NULL REFERENCES documents(id),
  local_id        text COLLATE "C"    NOT NULL,
  text            text COLLATE "C"    NOT NULL,
  -- foldText(text), written by the adapter; word filters compare against it.
  text_fold       text COLLATE "C"    NOT NULL,
  direct          integer NOT NULL,
  speaker_id      integer REFERENCES entities(id),
  addressee_id    integer REFERENCES entities(id),
  start           integer NOT NULL,
  "end"           integer NOT NULL,
  sentence_index  integer NOT NULL,
  sentence_start  integer NOT NULL,
  sentence_end    integer NOT NULL,
  cue_start       integer,
  cue_end         integer,
  rule            text COLLATE "C"    NOT NULL,
  confidence      double precision NOT NULL,
  search_tsv      tsvector GENERATED ALWAYS AS (to_tsvector('simple', text_fold)) STORED
);

CREATE TABLE quote_about (
  quote_id   integer NOT NULL REFERENCES quotes(id),
  entity_id  integer NOT NULL REFERENCES entities(id),
  position   integer NOT NULL,
  PRIMARY KEY (quote_id, entity_id)
);

-- One row per (type, source, target) across all documents; MET is symmetric and
-- stored once with source_id < target_id.
CREATE TABLE relations (
  id          integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  type        text COLLATE "C"    NOT NULL,
  source_id   integer NOT NULL REFERENCES entities(id),
  target_id   integer NOT NULL REFERENCES entities(id),
  confidence  double precision NOT NULL,
  rule        text COLLATE "C"
);
CREATE UNIQUE INDEX relations_type_source_target ON relations (type, source_id, target_id);

CREATE TABLE relation_evidence (
  relation_id     integer NOT NULL REFERENCES relations(id),
  document_id     integer NOT NULL REFERENCES documents(id),
  start           integer NOT NULL,
  "end"           integer NOT NULL,
  sentence_start  integer NOT NULL,
  sentence_end    integer NOT NULL,
  rule            text COLLATE "C"    NOT NULL,
  confidence      double precision NOT NULL,
  PRIMARY KEY (relation_id, document_id, start, "end")
);

CREATE TABLE event_participants (
  -- Insertion order, which the participant lists keep (SQLite used the rowid).
  id         integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  event_id   integer NOT NULL REFERENCES entities(id),
  entity_id  integer NOT NULL REFERENCES entities(id),
  role       text COLLATE "C"
);
CREATE UNIQUE INDEX event_participants_unique ON event_participants (event_id, entity_id, COALESCE(role, ''));

CREATE TABLE event_locations (
  event_id     integer NOT NULL REFERENCES entities(id),
  location_id  integer NOT NULL REFERENCES entities(id),
  PRIMARY KEY (event_id, location_id)
);

-- Why each entity of each document went where it did: the merge key that found
-- an existing entity, or "new" (with the keys refused because roles conflicted).
CREATE TABLE entity_merges (
  document_id  integer NOT NULL REFERENCES documents(id),
  local_id     text COLLATE "C"    NOT NULL,
  entity_id    integer NOT NULL REFERENCES entities(id),
  reason       text COLLATE "C"    NOT NULL,
  PRIMARY KEY (document_id, local_id)
);

-- Bumped (version + 1) inside every ingest transaction that writes: one cheap
-- read tells any replica whether any process changed the graph.
CREATE TABLE store_version (
  singleton  boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  version    bigint  NOT NULL
);
INSERT INTO store_version (singleton, version) VALUES (true, 0);

-- Indexes on the foreign keys the reads follow (SQLite 001, 002, 004, 006).
CREATE INDEX documents_dateline_location_id ON documents (dateline_location_id);
CREATE INDEX entities_type_mentions ON entities (type, mention_count DESC, name);
CREATE INDEX entities_mentions ON entities (mention_count DESC, name);
CREATE INDEX entities_within_id ON entities (within_id);
CREATE INDEX entity_names_name_key ON entity_names (name_key);
CREATE INDEX merge_keys_entity_id ON merge_keys (entity_id);
CREATE INDEX entity_documents_document_id ON entity_documents (document_id, entity_id);
CREATE INDEX mentions_entity_pronoun ON mentions (entity_id, pronoun, document_id, start);
CREATE INDEX mentions_document_id ON mentions (document_id);
CREATE INDEX roles_person_id ON roles (person_id);
CREATE INDEX roles_of_entity_id ON roles (of_entity_id);
CREATE INDEX roles_document_id ON roles (document_id);
CREATE INDEX quotes_document_id ON quotes (document_id, start);
CREATE INDEX quotes_speaker_direct ON quotes (speaker_id, direct DESC, document_id, start);
CREATE INDEX quotes_addressee_id ON quotes (addressee_id);
CREATE INDEX quote_about_entity_id ON quote_about (entity_id);
CREATE INDEX relations_source_type_target ON relations (source_id, type, target_id);
CREATE INDEX relations_target_type_source ON relations (target_id, type, source_id);
CREATE INDEX relations_type ON relations (type);
CREATE INDEX relation_evidence_document_id ON relation_evidence (document_id);
CREATE INDEX event_participants_entity_id ON event_participants (entity_id);
CREATE INDEX event_locations_location_id ON event_locations (location_id);
CREATE INDEX entity_merges_entity_id ON entity_merges (entity_id);

-- The analyst API (SQLite 007): full text, typo-tolerant names, sort orders.
CREATE INDEX quotes_search_tsv ON quotes USING gin (search_tsv);
CREATE INDEX documents_search_tsv ON documents USING gin (search_tsv);
-- name_key LIKE '%x%' and similarity()/% on names and aliases.
CREATE INDEX entity_names_name_key_trgm ON entity_names USING gin (name_key public.gin_trgm_ops);
CREATE INDEX entities_type_name_key ON entities (type, name_key, id);
CREATE INDEX entities_type_salience ON entities (type, salience DESC, mention_count DESC);
CREATE INDEX entities_type_time_date ON entities (type, time_date);
CREATE INDEX documents_published_at ON documents (published_at);

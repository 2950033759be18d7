-- The knowledge graph: documents, the entities merged across them, and every
-- fact with its span. Ids are INTEGER rowids, exposed as strings by the adapter.
-- Every foreign key that a read follows has an index (see the end of the file).

CREATE TABLE documents (
  id                     INTEGER PRIMARY KEY,
  content_hash           TEXT    NOT NULL UNIQUE,
  title                  TEXT,
  published_at           TEXT,
  source                 TEXT,
  text                   TEXT    NOT NULL,
  ingested_at            TEXT    NOT NULL,
  -- The extractor's own id for the document (a hash prefix unless the caller named it).
  extraction_id          TEXT,
  dateline_location_id   INTEGER REFERENCES entities(id)
);

CREATE TABLE sentences (
  document_id  INTEGER NOT NULL REFERENCES documents(id),
  idx          INTEGER NOT NULL,
  start        INTEGER NOT NULL,
  end          INTEGER NOT NULL,
  paragraph    INTEGER NOT NULL,
  PRIMARY KEY (document_id, idx)
) WITHOUT ROWID;

CREATE TABLE entities (
  id             INTEGER PRIMARY KEY,
  type           TEXT    NOT NULL CHECK (type IN ('Person', 'Organization', 'Location', 'Event')),
  name           TEXT    NOT NULL,
  name_key       TEXT    NOT NULL,
  -- JSON array of distinct surface forms other than `name`.
  aliases        TEXT    NOT NULL DEFAULT '[]',
  salience       REAL    NOT NULL DEFAULT 0,
  confidence     REAL    NOT NULL DEFAULT 0,
  -- Name mentions (pronouns excluded) over all documents.
  mention_count  INTEGER NOT NULL DEFAULT 0,
  rule           TEXT,
  gender         TEXT,
  -- Location
  location_kind  TEXT,
  country_code   TEXT,
  latitude       REAL,
  longitude      REAL,
  gazetteer_id   TEXT,
  within_id      INTEGER REFERENCES entities(id),
  within_name    TEXT,
  -- Event
  event_kind     TEXT,
  time_text      TEXT,
  time_date      TEXT
);

-- Name and aliases, normalised (src/graph/merge-keys normalizeName), for search.
CREATE TABLE entity_names (
  entity_id  INTEGER NOT NULL REFERENCES entities(id),
  name       TEXT    NOT NULL,
  name_key   TEXT    NOT NULL,
  PRIMARY KEY (entity_id, name)
) WITHOUT ROWID;

-- The cross-document identity: one entity per (type, key).
CREATE TABLE merge_keys (
  type       TEXT    NOT NULL,
  key        TEXT    NOT NULL,
  entity_id  INTEGER NOT NULL REFERENCES entities(id)
);
CREATE UNIQUE INDEX merge_keys_type_key ON merge_keys (type, key);

-- Which documents mention which entities, with the per-document figures
-- (local_id is the extractor's id of the first entity of the document merged here).
CREATE TABLE entity_documents (
  entity_id      INTEGER NOT NULL REFERENCES entities(id),
  document_id    INTEGER NOT NULL REFERENCES documents(id),
  local_id       TEXT    NOT NULL,
  salience       REAL    NOT NULL,
  confidence     REAL    NOT NULL,
  mention_count  INTEGER NOT NULL,
  rule           TEXT,
  PRIMARY KEY (entity_id, document_id)
) WITHOUT ROWID;

CREATE TABLE mentions (
  id              INTEGER PRIMARY KEY,
  entity_id       INTEGER NOT NULL REFERENCES entities(id),
  document_id     INTEGER NOT NULL REFERENCES documents(id),
  start           INTEGER NOT NULL,
  end             INTEGER NOT NULL,
  text            TEXT    NOT NULL,
  sentence_index  INTEGER NOT NULL,
  sentence_start  INTEGER NOT NULL,
  sentence_end    INTEGER NOT NULL,
  pronoun         INTEGER NOT NULL DEFAULT 0,
  rule            TEXT    NOT NULL,
  confidence      REAL    NOT NULL
);

CREATE TABLE roles (
  id              INTEGER PRIMARY KEY,
  person_id       INTEGER NOT NULL REFERENCES entities(id),
  title           TEXT    NOT NULL,
  title_key       TEXT    NOT NULL,
  of_entity_id    INTEGER REFERENCES entities(id),
  document_id     INTEGER REFERENCES documents(id),
  evidence_start  INTEGER,
  evidence_end    INTEGER,
  sentence_start  INTEGER,
  sentence_end    INTEGER
);

CREATE TABLE quotes (
  id              INTEGER PRIMARY KEY,
  document_id     INTEGER NOT NULL REFERENCES documents(id),
  local_id        TEXT    NOT NULL,
  text            TEXT    NOT NULL,
  direct          INTEGER NOT NULL,
  speaker_id      INTEGER REFERENCES entities(id),
  addressee_id    INTEGER REFERENCES entities(id),
  start           INTEGER NOT NULL,
  end             INTEGER NOT NULL,
  sentence_index  INTEGER NOT NULL,
  sentence_start  INTEGER NOT NULL,
  sentence_end    INTEGER NOT NULL,
  cue_start       INTEGER,
  cue_end         INTEGER,
  rule            TEXT    NOT NULL,
  confidence      REAL    NOT NULL
);

CREATE TABLE quote_about (
  quote_id   INTEGER NOT NULL REFERENCES quotes(id),
  entity_id  INTEGER NOT NULL REFERENCES entities(id),
  position   INTEGER NOT NULL,
  PRIMARY KEY (quote_id, entity_id)
) WITHOUT ROWID;

-- One row per (type, source, target) across all documents; MET is symmetric and
-- stored once with source_id < target_id.
CREATE TABLE relations (
  id          INTEGER PRIMARY KEY,
  type        TEXT    NOT NULL,
  source_id   INTEGER NOT NULL REFERENCES entities(id),
  target_id   INTEGER NOT NULL REFERENCES entities(id),
  confidence  REAL    NOT NULL,
  rule        TEXT
);
CREATE UNIQUE INDEX relations_type_source_target ON relations (type, source_id, target_id);

CREATE TABLE relation_evidence (
  relation_id     INTEGER NOT NULL REFERENCES relations(id),
  document_id     INTEGER NOT NULL REFERENCES documents(id),
  start           INTEGER NOT NULL,
  end             INTEGER NOT NULL,
  sentence_start  INTEGER NOT NULL,
  sentence_end    INTEGER NOT NULL,
  rule            TEXT    NOT NULL,
  confidence      REAL    NOT NULL,
  PRIMARY KEY (relation_id, document_id, start, end)
) WITHOUT ROWID;

CREATE TABLE event_participants (
  event_id   INTEGER NOT NULL REFERENCES entities(id),
  entity_id  INTEGER NOT NULL REFERENCES entities(id),
  role       TEXT
);
CREATE UNIQUE INDEX event_participants_unique ON event_participants (event_id, entity_id, COALESCE(role, ''));

CREATE TABLE event_locations (
  event_id     INTEGER NOT NULL REFERENCES entities(id),
  location_id  INTEGER NOT NULL REFERENCES entities(id),
  PRIMARY KEY (event_id, location_id)
) WITHOUT ROWID;

-- Indexes on the foreign keys the reads follow.
CREATE INDEX documents_dateline_location_id ON documents (dateline_location_id);
CREATE INDEX entities_type_mentions ON entities (type, mention_count DESC, name);
CREATE INDEX entities_mentions ON entities (mention_count DESC, name);
CREATE INDEX entities_within_id ON entities (within_id);
CREATE INDEX entity_names_name_key ON entity_names (name_key);
CREATE INDEX merge_keys_entity_id ON merge_keys (entity_id);
CREATE INDEX entity_documents_document_id ON entity_documents (document_id, entity_id);
CREATE INDEX mentions_entity_id ON mentions (entity_id, document_id, start);
CREATE INDEX mentions_document_id ON mentions (document_id);
CREATE INDEX roles_person_id ON roles (person_id);
CREATE INDEX roles_of_entity_id ON roles (of_entity_id);
CREATE INDEX roles_document_id ON roles (document_id);
CREATE INDEX quotes_document_id ON quotes (document_id, start);
CREATE INDEX quotes_speaker_id ON quotes (speaker_id, direct DESC);
CREATE INDEX quotes_addressee_id ON quotes (addressee_id);
CREATE INDEX quote_about_entity_id ON quote_about (entity_id);
CREATE INDEX relations_source_id ON relations (source_id, type);
CREATE INDEX relations_target_id ON relations (target_id, type);
CREATE INDEX relations_type ON relations (type);
CREATE INDEX relation_evidence_document_id ON relation_evidence (document_id);
CREATE INDEX event_participants_entity_id ON event_participants (entity_id);
CREATE INDEX event_locations_location_id ON event_locations (location_id);

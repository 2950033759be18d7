-- The analyst API: full-text search over quotes and documents, a trigram index
-- of entity names for typo-tolerant search, and indexes for the new filters
-- and sort orders. Triggers keep the FTS tables in step with their rows inside
-- the ingest transaction; the last statements fill them for rows written
-- before this migration.

-- Quote and document words, case- and accent-folded ("Lavrov's" finds "lavrov").
-- External content: the text is stored once, in quotes/documents; FTS keeps the index.
CREATE VIRTUAL TABLE quotes_fts USING fts5(
  text, content = 'quotes', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
  INSERT INTO quotes_fts (rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
  INSERT INTO quotes_fts (quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER quotes_fts_update AFTER UPDATE OF text ON quotes BEGIN
  INSERT INTO quotes_fts (quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);
  INSERT INTO quotes_fts (rowid, text) VALUES (new.id, new.text);
END;

CREATE VIRTUAL TABLE documents_fts USING fts5(
  title, text, content = 'documents', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
  INSERT INTO documents_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
  INSERT INTO documents_fts (documents_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;
CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, text ON documents BEGIN
  INSERT INTO documents_fts (documents_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
  INSERT INTO documents_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
END;

-- Every name and alias key by its three-letter pieces: "lavrof" shares "lav",
-- "avr", "vro" with "lavrov", so a typo search checks the edit distance only on
-- names sharing a piece with the query instead of on every name.
CREATE VIRTUAL TABLE entity_names_trigram USING fts5(name_key, entity_id UNINDEXED, tokenize = 'trigram');
CREATE TRIGGER entity_names_trigram_insert AFTER INSERT ON entity_names BEGIN
  INSERT INTO entity_names_trigram (name_key, entity_id) VALUES (new.name_key, new.entity_id);
END;
CREATE TRIGGER entity_names_trigram_delete AFTER DELETE ON entity_names BEGIN
  DELETE FROM entity_names_trigram WHERE entity_id = old.entity_id AND name_key = old.name_key;
END;

INSERT INTO quotes_fts (quotes_fts) VALUES ('rebuild');
INSERT INTO documents_fts (documents_fts) VALUES ('rebuild');
INSERT INTO entity_names_trigram (name_key, entity_id) SELECT name_key, entity_id FROM entity_names;

-- Sort orders of the entity lists, per type (the lists always name their type or types).
CREATE INDEX entities_type_name_key ON entities (type, name_key, id);
CREATE INDEX entities_type_salience ON entities (type, salience DESC, mention_count DESC);
CREATE INDEX entities_type_time_date ON entities (type, time_date);
-- Document date ranges and the newest-first order.
CREATE INDEX documents_published_at ON documents (published_at);

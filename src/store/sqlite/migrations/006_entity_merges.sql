-- Why each entity of each document went where it did: the merge key that found
-- an existing entity, or "new" (with the keys that were refused because the
-- roles conflicted). The provenance of the cross-document merge, for debugging
-- a wrong merge without re-running anything.
CREATE TABLE entity_merges (
  document_id  INTEGER NOT NULL REFERENCES documents(id),
  local_id     TEXT    NOT NULL,
  entity_id    INTEGER NOT NULL REFERENCES entities(id),
  reason       TEXT    NOT NULL,
  PRIMARY KEY (document_id, local_id)
) WITHOUT ROWID;
CREATE INDEX entity_merges_entity_id ON entity_merges (entity_id);

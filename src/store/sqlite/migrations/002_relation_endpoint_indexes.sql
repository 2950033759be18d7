-- Relations are read from either end with a type ("whom did X meet"). With only
-- (source_id, type) and (target_id, type), SQLite preferred the covering unique
-- index (type, source_id, target_id) for the target end and walked every
-- relation of the type per key. Covering indexes from each end fix that.
DROP INDEX relations_source_id;
DROP INDEX relations_target_id;
CREATE INDEX relations_source_type_target ON relations (source_id, type, target_id);
CREATE INDEX relations_target_type_source ON relations (target_id, type, source_id);

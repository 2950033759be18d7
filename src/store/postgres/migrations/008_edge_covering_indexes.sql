-- A path or neighbourhood question reads every relation of each frontier
-- entity (graph-reads.ts edgesOf): a hub of a 10,000-article graph has about
-- 2,000. With id and confidence in the indexes of either end the edges are an
-- index-only scan instead of a heap fetch per relation and a second one by id.
-- They replace the indexes of migration 001 with the same key columns.
CREATE INDEX relations_source_edges ON relations (source_id, type, target_id) INCLUDE (id, confidence);
DROP INDEX relations_source_type_target;
CREATE INDEX relations_target_edges ON relations (target_id, type, source_id) INCLUDE (id, confidence);
DROP INDEX relations_target_type_source;

-- The path and neighborhood walks read every relation at either end of a
-- frontier (edgesOf) with its type and confidence. The end indexes of 002 lack
-- the confidence, so each relation cost a table lookup besides its index entry:
-- about 1,900 of them for the busiest person at 10,000 articles. With the
-- confidence in the index, a walk reads index entries only.
DROP INDEX relations_source_type_target;
DROP INDEX relations_target_type_source;
CREATE INDEX relations_source_type_target ON relations (source_id, type, target_id, confidence);
CREATE INDEX relations_target_type_source ON relations (target_id, type, source_id, confidence);

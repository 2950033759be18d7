-- Full-text words split at every ASCII punctuation mark, as SQLite's FTS5
-- (unicode61) and the query parser (src/store/search-query.ts) split them.
-- PostgreSQL's own parser keeps "U.S." as 'u.s', "2.5" as '2.5', a web
-- address as one host word and "grain-route" as a compound beside its parts
-- (shifting the positions after it), so "u s", "2.5 million" (the phrase
-- '2' <-> '5' <-> 'million'), "port info" or "the grain route" found nothing.
-- Replacing ASCII punctuation by spaces before to_tsvector gives both adapters
-- the same words at the same positions. The ranges are code points (the fold
-- columns are COLLATE "C"), so no locale changes the split:
-- !-/ : through @, [ through `, { through ~.
-- PostgreSQL 15 cannot change a generated column's expression: drop and add.

ALTER TABLE quotes DROP COLUMN search_tsv;
ALTER TABLE quotes ADD COLUMN search_tsv tsvector GENERATED ALWAYS AS (
  to_tsvector('simple', regexp_replace(text_fold, '[!-/:-@[-`{-~]+', ' ', 'g'))
) STORED;
CREATE INDEX quotes_search_tsv ON quotes USING gin (search_tsv);

ALTER TABLE documents DROP COLUMN search_tsv;
-- Title words weigh A, body words D (FTS5 ranked them bm25(3.0, 1.0)).
ALTER TABLE documents ADD COLUMN search_tsv tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('simple', regexp_replace(coalesce(title_fold, ''), '[!-/:-@[-`{-~]+', ' ', 'g')), 'A') ||
  setweight(to_tsvector('simple', regexp_replace(text_fold, '[!-/:-@[-`{-~]+', ' ', 'g')), 'D')
) STORED;
CREATE INDEX documents_search_tsv ON documents USING gin (search_tsv);

-- Snippets mark the matched words of the original text, as FTS5's snippet()
-- does. ts_headline re-parses the original text, whose words keep their
-- accents ("Ødegård", "Bartholomé") while the index and the query are folded
-- (foldText): with the 'simple' configuration a hit on "bartholome" came back
-- unmarked. This configuration strips accents (unaccent) before lower-casing,
-- for the snippet's text and its query alike; it decides only the marks, never
-- which rows match (that stays search_tsv @@ the 'simple' query).
-- unaccent lives in public beside pg_trgm (the search_path is "<schema>", public).
CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public;
CREATE TEXT SEARCH CONFIGURATION newsgraph_headline (COPY = pg_catalog.simple);
ALTER TEXT SEARCH CONFIGURATION newsgraph_headline
  ALTER MAPPING FOR asciiword, word, numword, asciihword, hword, numhword, hword_asciipart, hword_part, hword_numpart
  WITH public.unaccent, pg_catalog.simple;

-- The typo check of entity search (migration 004) ran the PL/pgSQL edit
-- distance on every trigram candidate: about 75 us each, 60 ms for the 800
-- candidates of a misspelt family name at 10,000 articles. fuzzystrmatch's
-- Levenshtein distance is C and bounds the answer both ways, because the
-- optimal-string-alignment distance (OSA: Levenshtein plus adjacent swaps)
-- is never above Levenshtein and at most half of it (a swap is two
-- substitutions): Levenshtein <= max is a match, above 2 * max is none, and
-- only in between does the exact PL/pgSQL distance run. Same answers as
-- before (test/store/postgres-typo-match.test.ts checks them against the
-- JavaScript). levenshtein_less_equal refuses strings over 255 characters,
-- which keep the PL/pgSQL distance alone.

CREATE EXTENSION IF NOT EXISTS fuzzystrmatch WITH SCHEMA public;

CREATE OR REPLACE FUNCTION newsgraph_typo_match(name_key text, query text, max integer) RETURNS boolean
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
SET search_path FROM CURRENT AS $$
  SELECT max > 0 AND EXISTS (
    SELECT 1 FROM (SELECT name_key AS part UNION ALL SELECT unnest(string_to_array(name_key, ' '))) AS p(part)
    WHERE CASE
      WHEN char_length(p.part) > 255 OR char_length(query) > 255 THEN newsgraph_edit_distance(p.part, query, max) <= max
      ELSE levenshtein_less_equal(p.part, query, 2 * max) <= 2 * max
        AND (levenshtein_less_equal(p.part, query, max) <= max OR newsgraph_edit_distance(p.part, query, max) <= max)
    END)
$$;

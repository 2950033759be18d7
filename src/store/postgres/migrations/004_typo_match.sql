-- Typo-tolerant entity search decides in SQL, as SQLite does with the JS
-- function it registers (newsgraph_typo_match over src/graph/name-match
-- typoMatches): reading every trigram candidate back into JavaScript made a
-- search read more rows the bigger the graph. These are typoMatches and
-- editDistance line for line; test/store/postgres-typo-match.test.ts checks
-- them against the JavaScript on random strings. The edits allowed (`max`,
-- name-match allowedEdits) are computed by the adapter and passed in.

-- Optimal-string-alignment distance (Levenshtein plus adjacent swaps), giving up above `max`.
CREATE FUNCTION newsgraph_edit_distance(a text, b text, max integer) RETURNS integer
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
DECLARE
  la integer := char_length(a);
  lb integer := char_length(b);
  -- Rows of the distance table, 1-based: row[j + 1] is the distance to the first j letters of b.
  prevprev integer[];
  prev integer[];
  cur integer[];
  d integer;
  best integer;
BEGIN
  IF abs(la - lb) > max THEN
    RETURN max + 1;
  END IF;
  prev := ARRAY(SELECT generate_series(0, lb));
  FOR i IN 1..la LOOP
    cur := ARRAY[i];
    best := i;
    FOR j IN 1..lb LOOP
      d := least(prev[j + 1] + 1, cur[j] + 1, prev[j] + CASE WHEN substr(a, i, 1) = substr(b, j, 1) THEN 0 ELSE 1 END);
      IF i > 1 AND j > 1 AND substr(a, i, 1) = substr(b, j - 1, 1) AND substr(a, i - 1, 1) = substr(b, j, 1) THEN
        d := least(d, prevprev[j - 1] + 1);
      END IF;
      cur := cur || d;
      IF d < best THEN
        best := d;
      END IF;
    END LOOP;
    IF best > max THEN
      RETURN max + 1;
    END IF;
    prevprev := prev;
    prev := cur;
  END LOOP;
  RETURN prev[lb + 1];
END
$$;

-- True when the name key is within `max` edits of the query, as a whole or by one of its words.
CREATE FUNCTION newsgraph_typo_match(name_key text, query text, max integer) RETURNS boolean
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
SET search_path FROM CURRENT AS $$
  SELECT max > 0 AND (
    newsgraph_edit_distance(name_key, query, max) <= max
    OR EXISTS (SELECT 1 FROM unnest(string_to_array(name_key, ' ')) AS w(word) WHERE newsgraph_edit_distance(w.word, query, max) <= max)
  )
$$;

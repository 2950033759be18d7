-- Full-text words also split at the common non-ASCII punctuation (002 split at
-- ASCII only): curly quotes, dashes, the Latin-1 signs, arrows, math and
-- currency signs, CJK punctuation. In a database whose LC_CTYPE is C,
-- PostgreSQL's parser takes every non-ASCII character for a letter, so
-- "Lavrov’s" was one word 'lavrov’s' and “talks” was '“talks”': "talks" found
-- nothing there, while FTS5 (unicode61: only letters and digits make words)
-- found it. The ranges are code points (\uXXXX in the regex), so no locale
-- changes the split. foldText's NFKC has already turned fullwidth forms and
-- most special spaces into ASCII.
--   ASCII    !-/  :-@  [-`  {-~
--   Latin-1  U+00A0-U+00BF (no-break space, ¡ « » ¿ ...), × ÷
--   U+2000-U+206F general punctuation (dashes, quotes, …), U+20A0-U+20CF currency,
--   U+2190-U+22FF arrows and math, U+2500-U+27BF box drawing, shapes, dingbats,
--   U+3000-U+303F CJK punctuation.

ALTER TABLE quotes DROP COLUMN search_tsv;
ALTER TABLE quotes ADD COLUMN search_tsv tsvector GENERATED ALWAYS AS (
  to_tsvector('simple', regexp_replace(text_fold,
    '[!-/:-@[-`{-~\u00A0-\u00BF\u00D7\u00F7\u2000-\u206F\u20A0-\u20CF\u2190-\u22FF\u2500-\u27BF\u3000-\u303F]+', ' ', 'g'))
) STORED;
CREATE INDEX quotes_search_tsv ON quotes USING gin (search_tsv);

ALTER TABLE documents DROP COLUMN search_tsv;
-- Title words weigh A, body words D (FTS5 ranked them bm25(3.0, 1.0)).
ALTER TABLE documents ADD COLUMN search_tsv tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('simple', regexp_replace(coalesce(title_fold, ''),
    '[!-/:-@[-`{-~\u00A0-\u00BF\u00D7\u00F7\u2000-\u206F\u20A0-\u20CF\u2190-\u22FF\u2500-\u27BF\u3000-\u303F]+', ' ', 'g')), 'A') ||
  setweight(to_tsvector('simple', regexp_replace(text_fold,
    '[!-/:-@[-`{-~\u00A0-\u00BF\u00D7\u00F7\u2000-\u206F\u20A0-\u20CF\u2190-\u22FF\u2500-\u27BF\u3000-\u303F]+', ' ', 'g')), 'D')
) STORED;
CREATE INDEX documents_search_tsv ON documents USING gin (search_tsv);

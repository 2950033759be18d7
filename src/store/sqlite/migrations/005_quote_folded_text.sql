-- Quote word filters compare case- and accent-folded text. Folding every quote
-- at query time called into JavaScript once per row; the folded text is now
-- kept beside the text (newsgraph_fold is registered by the adapter, so this
-- migration fills the column for quotes written before it).
ALTER TABLE quotes ADD COLUMN text_fold TEXT NOT NULL DEFAULT '';
UPDATE quotes SET text_fold = newsgraph_fold(text);

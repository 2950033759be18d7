-- Indexes in the order of every list a page is read from, so that a page costs
-- its rows (an index scan that stops after OFFSET + LIMIT) instead of a sort
-- of every row of the list. At 10,000 articles the sorts were most of the
-- time of the uncached reads. Each index ends with the id the orders end with,
-- so no incremental sort is left either.

-- Root lists of entities, most mentioned first (all types, and one type).
CREATE INDEX entities_mentions_id ON entities (mention_count DESC, name, id);
DROP INDEX entities_mentions;
CREATE INDEX entities_type_mentions_id ON entities (type, mention_count DESC, name, id);
DROP INDEX entities_type_mentions;

-- Documents by publication date, undated last (analyst-statements.ts DOCUMENT_ORDERS).
CREATE INDEX documents_published_desc ON documents ((published_at IS NULL), published_at DESC, id);
CREATE INDEX documents_published_asc ON documents ((published_at IS NULL), published_at, id);

-- Quotes: all of them by confidence or direct first; a speaker's in each order of QUOTE_ORDERS.
CREATE INDEX quotes_speaker_direct_id ON quotes (speaker_id, direct DESC, document_id, start, id);
DROP INDEX quotes_speaker_direct;
CREATE INDEX quotes_confidence ON quotes (confidence DESC, document_id, start, id);
CREATE INDEX quotes_direct_position ON quotes (direct DESC, document_id, start, id);
CREATE INDEX quotes_speaker_position ON quotes (speaker_id, document_id, start, id);
CREATE INDEX quotes_speaker_confidence ON quotes (speaker_id, confidence DESC, document_id, start, id);

-- Relations by confidence, by type, and the relations of one type in id order.
CREATE INDEX relations_confidence ON relations (confidence DESC, id);
CREATE INDEX relations_type_confidence ON relations (type, confidence DESC, id);
CREATE INDEX relations_type_id ON relations (type, id);
DROP INDEX relations_type;

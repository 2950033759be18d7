-- Paged reads rank ids straight from an index in the page order, without
-- touching the table rows: a person's name mentions in document order, and a
-- speaker's quotes direct first.
DROP INDEX mentions_entity_id;
CREATE INDEX mentions_entity_pronoun ON mentions (entity_id, pronoun, document_id, start);
DROP INDEX quotes_speaker_id;
CREATE INDEX quotes_speaker_direct ON quotes (speaker_id, direct DESC, document_id, start);

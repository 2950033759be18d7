-- Where each document states an event's time ("on Thursday" at 120..131): the
-- entity keeps the first text and date; the spans stay per document as provenance.
ALTER TABLE entity_documents ADD COLUMN time_text TEXT;
ALTER TABLE entity_documents ADD COLUMN time_date TEXT;
ALTER TABLE entity_documents ADD COLUMN time_start INTEGER;
ALTER TABLE entity_documents ADD COLUMN time_end INTEGER;

/**
 * Facts the Store interface does not read back yet but the SQLite adapter must
 * keep (the extractor's output is never thrown away): sentences, pronoun
 * mentions, quote cues, containing-place names, gender, per-document figures.
 */
import { SqliteStore } from '../../src/store/sqlite/sqlite-store';
import { article } from './extraction-fixture';

describe('SQLite keeps every extracted fact', () => {
  let store: SqliteStore;
  const text = 'Eva Rist arrived in Tindby. She told reporters: "We stay." Eva Rist left on Friday.';

  beforeAll(async () => {
    store = new SqliteStore(':memory:');
    await store.migrate();
    const extraction = article(text, { publishedAt: '2031-02-07' })
      .location('t', 'Tindby', { kind: 'CITY', countryCode: 'XX' })
      .person('e', 'Eva Rist', { pronouns: ['She'], salience: 0.8 })
      .event('v', 'left', { kind: 'OTHER', participants: [['e', null]], time: { text: 'on Friday', date: '2031-02-07' } })
      .quote('q', 'We stay.', { speaker: 'e' })
      .build();
    extraction.entities[0].location!.withinName = 'Outer Region';
    extraction.entities[1].gender = 'female';
    extraction.quotes[0].cue = { start: text.indexOf('She told'), end: text.indexOf('She told') + 8 };
    extraction.document.id = 'extractor-id-1';
    await store.ingestDocument({ text }, extraction);
  });

  afterAll(async () => {
    await store.close();
  });

  const rows = (sql: string) => store.db.prepare(sql).all() as Record<string, unknown>[];

  it('keeps the sentence spans and paragraphs', () => {
    const sentences = rows('SELECT idx, start, end, paragraph FROM sentences ORDER BY idx');
    expect(sentences.map((s) => text.slice(s.start as number, s.end as number))).toEqual([
      'Eva Rist arrived in Tindby.',
      'She told reporters: "We stay."',
      'Eva Rist left on Friday.',
    ]);
  });

  it('keeps pronoun mentions, marked, apart from name mentions', () => {
    expect(rows("SELECT text, pronoun FROM mentions WHERE text = 'She'")).toEqual([{ text: 'She', pronoun: 1 }]);
  });

  it('keeps the quote cue, the containing place name, the gender and the extractor document id', () => {
    expect(rows('SELECT cue_start, cue_end FROM quotes')).toEqual([{ cue_start: text.indexOf('She told'), cue_end: text.indexOf('She told') + 8 }]);
    expect(rows("SELECT within_name FROM entities WHERE name = 'Tindby'")).toEqual([{ within_name: 'Outer Region' }]);
    expect(rows("SELECT gender FROM entities WHERE name = 'Eva Rist'")).toEqual([{ gender: 'female' }]);
    expect(rows('SELECT extraction_id FROM documents')).toEqual([{ extraction_id: 'extractor-id-1' }]);
  });

  it('keeps per-document salience, mention counts, rules and the event time span', () => {
    expect(rows("SELECT ed.salience, ed.mention_count, ed.rule FROM entity_documents ed JOIN entities e ON e.id = ed.entity_id WHERE e.name = 'Eva Rist'")).toEqual([
      { salience: 0.8, mention_count: 2, rule: 'fixture:entity' },
    ]);
    const [time] = rows("SELECT ed.time_start, ed.time_end FROM entity_documents ed JOIN entities e ON e.id = ed.entity_id WHERE e.type = 'Event'");
    expect(text.slice(time.time_start as number, time.time_end as number)).toBe('on Friday');
  });
});

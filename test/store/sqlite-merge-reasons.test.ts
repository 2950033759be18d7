import { SqliteStore } from '../../src/store/sqlite/sqlite-store';
import { article } from './extraction-fixture';

describe('SQLite merge provenance', () => {
  it('records for every entity of a document the key that merged it, or why it is new', async () => {
    const store = new SqliteStore(':memory:');
    await store.migrate();
    const minister = (text: string, title: string, code: string) =>
      article(text)
        .location('c', `Land ${code}`, { kind: 'COUNTRY', countryCode: code, gazetteerId: `country:${code}` })
        .person('p', 'Jon Dale', { roles: [{ title, of: 'c' }] })
        .build();
    const a = 'Foreign Minister Jon Dale of Land WM arrived.';
    const b = 'Prime Minister Jon Dale of Land EM resigned.';
    const c = 'Jon Dale of Land WM left. Land EM waited.';
    await store.ingestDocument({ text: a }, minister(a, 'Foreign Minister', 'WM'));
    await store.ingestDocument({ text: b }, minister(b, 'Prime Minister', 'EM'));
    await store.ingestDocument({ text: c }, article(c).person('p', 'Jon Dale').location('w', 'Land WM', { gazetteerId: 'country:WM' }).build());
    const reasons = store.db
      .prepare('SELECT document_id AS doc, local_id AS local, entity_id AS entity, reason FROM entity_merges ORDER BY document_id, local_id')
      .all() as { doc: number; local: string; entity: number; reason: string }[];
    const dales = reasons.filter((r) => r.local === 'p');
    expect(dales[0].reason).toBe('new');
    expect(dales[1].reason).toBe(`new (roles conflict: name:jon dale -> ${dales[0].entity})`);
    expect(dales[2]).toMatchObject({ entity: dales[0].entity, reason: 'key name:jon dale' });
    expect(reasons.find((r) => r.doc === 3 && r.local === 'w')).toMatchObject({ reason: 'key gaz:country:WM' });
    await store.close();
  });
});

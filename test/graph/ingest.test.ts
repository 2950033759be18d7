import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestArticle } from '../../src/graph/ingest';
import { InvalidDocumentError } from '../../src/graph/validate-input';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store';

describe('ingestArticle', () => {
  let dir: string;
  let store: SqliteStore;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'newsgraph-ingest-'));
    store = new SqliteStore(join(dir, 'ingest.db'));
    await store.migrate();
  });

  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const TEXT = 'Quiet day in Tindby\n\nThe harbour master of Tindby, Ola Brun, said on Monday that the ferry would run again.';

  it('validates, extracts and stores an article with the metadata given', async () => {
    const result = await ingestArticle(store, { text: TEXT, title: 'Ferry back', publishedAt: '2031-01-05', source: 'Local wire' });
    expect(result.created).toBe(true);
    expect(result.document).toMatchObject({ text: TEXT, title: 'Ferry back', publishedAt: '2031-01-05', source: 'Local wire' });
    expect(await store.stats()).toMatchObject({ documents: 1 });
  });

  it('returns the stored document for a text it has seen, without writing again', async () => {
    const first = await ingestArticle(store, { text: TEXT });
    const before = await store.stats();
    const again = await ingestArticle(store, { text: TEXT, title: 'A new title' });
    expect(again).toEqual({ document: first.document, created: false, counts: { entities: 0, mentions: 0, quotes: 0, relations: 0 } });
    expect(await store.stats()).toEqual(before);
  });

  it.each([
    ['empty text', ''],
    ['only whitespace', ' \n\t '],
    ['binary-looking text', 'abc\u0001\u0002\u0003\u0004def'],
  ])('refuses %s with InvalidDocumentError and writes nothing', async (_label, text) => {
    await expect(ingestArticle(store, { text }, { label: 'input.text' })).rejects.toThrow(InvalidDocumentError);
    await expect(ingestArticle(store, { text }, { label: 'input.text' })).rejects.toThrow(/^input\.text: /);
    expect((await store.stats()).documents).toBe(0);
  });
});

/**
 * Persisted operations: codegen's persisted-documents.json is loaded by the
 * server; a client sends a hash instead of the query. With `only`, nothing
 * else runs.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingestArticle } from '../../src/graph/ingest';
import { createApp, type App } from '../../src/server/create-app';
import { readPersistedDocuments } from '../../src/server/use-persisted-operations';
import { openTempStore, postGraphQL } from './app-harness';

const documents = readPersistedDocuments();
const whoSaidWhat = Object.entries(documents).find(([, text]) => text.includes('query WhoSaidWhat'))!;

async function postPersisted(app: App, hash: string, variables?: Record<string, unknown>) {
  const response = await app.fetch('http://newsgraph.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ variables, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }),
  });
  return (await response.json()) as { data?: any; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

describe('persisted operations', () => {
  let temp: Awaited<ReturnType<typeof openTempStore>>;

  beforeAll(async () => {
    temp = await openTempStore();
    await ingestArticle(temp.store, { text: readFileSync(join(__dirname, '..', '..', 'seeds', 'reuters-kerry-putin-moscow.txt'), 'utf8') });
  });
  afterAll(() => temp.close());

  it('are keyed by the sha256 of their text, one per example operation', () => {
    expect(Object.keys(documents).length).toBeGreaterThanOrEqual(5);
    for (const [key, text] of Object.entries(documents)) expect(key).toBe(`sha256:${createHash('sha256').update(text).digest('hex')}`);
  });

  describe.each([
    ['by default', false],
    ['in persisted-only mode', true],
  ])('%s', (_mode, only) => {
    const app = () => createApp({ store: temp.store, persistedOperations: { only } });

    it.each([
      ['the bare hex hash (Apollo-style clients)', whoSaidWhat[0].replace(/^sha256:/, '')],
      ['codegen\'s prefixed key', whoSaidWhat[0]],
    ])('run an operation sent as %s alone', async (_form, hash) => {
      const result = await postPersisted(app(), hash, { first: 3 });
      expect(result.errors).toBeUndefined();
      expect(result.data.people.edges.length).toBeGreaterThan(0);
    });

    it('refuse a hash that is not in the list', async () => {
      const result = await postPersisted(app(), 'f'.repeat(64));
      expect(result.errors?.[0].extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    });

    it(only ? 'refuse an arbitrary query' : 'still run an arbitrary query', async () => {
      const result = await postGraphQL(app(), '{ stats { documents } }');
      if (only) {
        expect(result.data ?? null).toBeNull();
        expect(result.errors?.[0].extensions?.code).toBe('PERSISTED_QUERY_ONLY');
      } else {
        expect(result.errors).toBeUndefined();
        expect(result.data!.stats.documents).toBe(1);
      }
    });
  });
});

/**
 * The HTTP app in-process (app.fetch, no port): health, GraphiQL, error
 * masking, and the ingest mutation's answers to good and bad input.
 */
import { createApp } from '../../src/server/create-app';
import type { Store } from '../../src/store/store';
import { type Harness, openHarness, postGraphQL } from './app-harness';

let h: Harness;
beforeEach(async () => {
  h = await openHarness();
});
afterEach(() => h.close());

describe('GET /health', () => {
  it('answers 200 with JSON {status: "ok"} and the store among its checks', async () => {
    const response = await h.app.fetch('http://newsgraph.test/health');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    expect(await response.json()).toEqual({ status: 'ok', checks: { store: 'ok' } });
  });
});

describe('GraphiQL', () => {
  it('is served on GET /graphql to a browser, opening on the who-said-what query', async () => {
    const response = await h.app.fetch('http://newsgraph.test/graphql', { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    const html = await response.text();
    expect(html).toMatch(/graphiql/i);
    expect(html).toContain('query WhoSaidWhat');
  });

  it('is not served when turned off', async () => {
    const app = createApp({ store: h.store, graphiql: false });
    const response = await app.fetch('http://newsgraph.test/graphql', { headers: { accept: 'text/html' } });
    expect(await response.text()).not.toContain('WhoSaidWhat');
  });
});

describe('error masking', () => {
  it('hides an unexpected store failure behind "Unexpected error." with no message, stack or path of the cause', async () => {
    const failing = new Proxy(h.store, {
      get(target, property, receiver) {
        if (property === 'listEntities') {
          return () => Promise.reject(new Error('SQLITE_CORRUPT at /var/secret/graph.db'));
        }
        return Reflect.get(target, property, receiver);
      },
    }) as Store;
    const response = await postGraphQL(createApp({ store: failing }), '{ people { totalCount } }');
    expect(response.errors).toHaveLength(1);
    expect(response.errors![0].message).toBe('Unexpected error.');
    const body = JSON.stringify(response);
    expect(body).not.toMatch(/SQLITE_CORRUPT|secret|stack|at .*\.ts/);
  });

  it('lets errors meant for the client through, with their code', async () => {
    const response = await h.query('{ people(first: -1) { totalCount } }');
    expect(response.errors![0].message).not.toBe('Unexpected error.');
    expect(response.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT' });
  });
});

const INGEST = /* GraphQL */ `
  mutation ($input: IngestDocumentInput!) {
    ingestDocument(input: $input) { created counts { quotes } document { id title text } }
  }
`;

describe('ingestDocument', () => {
  const text = 'Mayor Lena Dorn opened the new bridge in Karsby on Friday. "It joins two towns," Dorn said.';

  it('adds an article once: the same text again answers created=false with the same document', async () => {
    const first = await h.query(INGEST, { input: { text, title: 'A bridge' } });
    expect(first.errors).toBeUndefined();
    expect(first.data!.ingestDocument).toMatchObject({ created: true, document: { title: 'A bridge', text } });
    const again = await h.query(INGEST, { input: { text, title: 'Another title' } });
    expect(again.data!.ingestDocument).toMatchObject({
      created: false,
      counts: { quotes: 0 },
      document: { id: first.data!.ingestDocument.document.id, title: 'A bridge' },
    });
    const documents = await h.query('{ documents { totalCount } }');
    expect(documents.data!.documents.totalCount).toBe(1);
  });

  const bad: [string, Record<string, unknown>, RegExp][] = [
    ['empty text', { text: '' }, /input\.text: the text is empty/],
    ['whitespace-only text', { text: ' \n\t ' }, /input\.text: the text is empty/],
    ['binary text', { text: 'PK\u0003\u0004\u0000\u0001\u0002'.repeat(20) }, /input\.text: looks like binary data/],
    ['a publishedAt that is not a date', { text, publishedAt: 'last Tuesday' }, /input\.publishedAt: "last Tuesday" is not a date/],
  ];

  it.each(bad)('rejects %s with BAD_USER_INPUT and a clear message, writing nothing', async (_what, input, message) => {
    const response = await h.query(INGEST, { input });
    expect(response.data).toBeNull();
    expect(response.errors).toHaveLength(1);
    expect(response.errors![0].message).toMatch(message);
    expect(response.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT' });
    const documents = await h.query('{ documents { totalCount } entities { totalCount } }');
    expect(documents.data).toEqual({ documents: { totalCount: 0 }, entities: { totalCount: 0 } });
  });

  it('rejects a missing text as a GraphQL validation error before any resolver runs', async () => {
    const response = await h.query(INGEST, { input: { title: 'no text' } });
    expect(response.errors![0].message).toMatch(/text/);
    expect((await h.store.stats()).documents).toBe(0);
  });
});

/**
 * Mutations with NEWSGRAPH_TOKEN and NEWSGRAPH_READ_ONLY: who may write, and
 * that reads stay open.
 */
import { codes, post, SEED_TEXT, secureApp, useSeededStore } from './secure-app';

const seeded = useSeededStore();

const ingest = {
  query: 'mutation Ingest($input: IngestDocumentInput!) { ingestDocument(input: $input) { created document { id } } }',
  variables: { input: { text: SEED_TEXT } },
};
const read = { query: '{ people(first: 1) { totalCount } }' };
const TOKEN = 'a-long-random-secret-for-the-test';

describe('with NEWSGRAPH_TOKEN set', () => {
  const app = () => secureApp(seeded.store, { token: TOKEN });

  it('refuses a mutation without an Authorization header: 401 UNAUTHENTICATED', async () => {
    const response = await post(app(), ingest);
    expect(response.status).toBe(401);
    expect(codes(response)).toEqual(['UNAUTHENTICATED']);
    expect(response.body.errors![0].message).toMatch(/Authorization: Bearer <token>/);
  });

  it.each([
    ['a wrong token', `Bearer not-${TOKEN}`],
    ['a token of another length', 'Bearer x'],
    ['the token without "Bearer"', TOKEN],
  ])('refuses a mutation with %s', async (_name, authorization) => {
    const response = await post(app(), ingest, { authorization });
    expect(response.status).toBe(401);
    expect(codes(response)).toEqual(['UNAUTHENTICATED']);
    expect(JSON.stringify(response.body)).not.toContain(TOKEN);
  });

  it('runs a mutation with the right token', async () => {
    const response = await post(app(), ingest, { authorization: `Bearer ${TOKEN}` });
    expect(response.body.errors).toBeUndefined();
    // The seed article is already in the graph: found again, not created.
    expect(response.body.data).toEqual({ ingestDocument: { created: false, document: { id: expect.any(String) } } });
  });

  it('leaves queries open to everyone', async () => {
    expect((await post(app(), read)).body.errors).toBeUndefined();
  });
});

describe('without NEWSGRAPH_TOKEN', () => {
  it('runs mutations without a header (a local, single-user server)', async () => {
    expect((await post(secureApp(seeded.store), ingest)).body.errors).toBeUndefined();
  });
});

describe('with NEWSGRAPH_READ_ONLY=true', () => {
  it('refuses every mutation, even with the right token: 403 FORBIDDEN', async () => {
    const app = secureApp(seeded.store, { readOnly: true, token: TOKEN });
    for (const headers of [{}, { authorization: `Bearer ${TOKEN}` }] as Record<string, string>[]) {
      const response = await post(app, ingest, headers);
      expect(response.status).toBe(403);
      expect(codes(response)).toEqual(['FORBIDDEN']);
    }
    expect((await post(app, read)).body.errors).toBeUndefined();
  });

  it('refuses a mutation picked by operationName from a document that also holds a query', async () => {
    const app = secureApp(seeded.store, { readOnly: true });
    const document = `query Read { people(first: 1) { totalCount } } ${ingest.query}`;
    expect(codes(await post(app, { ...ingest, query: document, operationName: 'Ingest' }))).toEqual(['FORBIDDEN']);
    expect(codes(await post(app, { query: document, operationName: 'Read' }))).toEqual([]);
  });
});

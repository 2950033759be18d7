/**
 * `newsgraph serve` (serveStore) takes its limits, access rules and log level
 * from NEWSGRAPH_* variables: checked over a real port.
 */
import { serveStore } from '../../src/server/serve';
import { openSeededStore, SEED_TEXT } from './secure-app';

describe('serveStore with NEWSGRAPH_* settings', () => {
  let serving: Awaited<ReturnType<typeof serveStore>>;
  let url: string;

  beforeAll(async () => {
    const temp = await openSeededStore();
    // serveStore owns the store from here and closes it on close().
    serving = await serveStore(temp.store, 0, {
      NEWSGRAPH_READ_ONLY: 'true',
      NEWSGRAPH_MAX_FIRST: '10',
      NEWSGRAPH_INTROSPECTION: 'false',
      NEWSGRAPH_LOG_LEVEL: 'silent',
    });
    url = `http://127.0.0.1:${serving.port}/graphql`;
  });
  afterAll(() => serving.close());

  const post = async (body: unknown, headers: Record<string, string> = {}) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
      body: JSON.stringify(body),
    });
    return { status: response.status, requestId: response.headers.get('x-request-id'), body: (await response.json()) as any };
  };

  it('refuses mutations under NEWSGRAPH_READ_ONLY', async () => {
    const response = await post({
      query: 'mutation ($input: IngestDocumentInput!) { ingestDocument(input: $input) { created } }',
      variables: { input: { text: SEED_TEXT } },
    });
    expect(response.status).toBe(403);
    expect(response.body.errors[0].extensions.code).toBe('FORBIDDEN');
  });

  it('applies NEWSGRAPH_MAX_FIRST and NEWSGRAPH_INTROSPECTION', async () => {
    expect((await post({ query: '{ people(first: 11) { totalCount } }' })).body.errors[0].extensions.code).toBe('FIRST_TOO_LARGE');
    expect((await post({ query: '{ people(first: 10) { totalCount } }' })).body.errors).toBeUndefined();
    expect((await post({ query: '{ __schema { types { name } } }' })).body.errors[0].extensions.code).toBe('INTROSPECTION_DISABLED');
  });

  it('echoes x-request-id over HTTP', async () => {
    expect((await post({ query: '{ __typename }' }, { 'x-request-id': 'abc-123' })).requestId).toBe('abc-123');
  });
});

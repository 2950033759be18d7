/**
 * Limits on the HTTP request itself: body size, batches, cross-site forms and
 * cross-origin reads.
 */
import type { App } from '../../src/server/create-app';
import { CSRF_HEADER } from '../../src/server/use-csrf-prevention';
import type { Store } from '../../src/store/store';
import { codes, post, type RawResponse, secureApp, useSeededStore } from './secure-app';

const seeded = useSeededStore();
let app: App;

beforeAll(() => {
  app = secureApp(seeded.store);
});

async function rawOf(response: Response): Promise<RawResponse> {
  return { status: response.status, headers: response.headers, body: (await response.json()) as RawResponse['body'] };
}

describe('the request body limit', () => {
  const small = secureApp({} as Store, { maxBodyBytes: 1000 });
  const padded = (bytes: number) => JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(bytes) } });

  it('refuses a body whose Content-Length is over the limit with 413 and BODY_TOO_LARGE', async () => {
    const response = await post(small, padded(2000));
    expect(response.status).toBe(413);
    expect(codes(response)).toEqual(['BODY_TOO_LARGE']);
    expect(response.body.errors![0].message).toMatch(/^The request body is \d+ bytes; the limit is 1000 \(NEWSGRAPH_MAX_BODY_BYTES\)/);
  });

  it('refuses a chunked body (no Content-Length) once more than the limit has streamed in', async () => {
    const chunk = new TextEncoder().encode(padded(2000));
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < chunk.length; i += 100) controller.enqueue(chunk.slice(i, i + 100));
        controller.close();
      },
    });
    const request = new Request('http://newsgraph.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body,
      duplex: 'half',
    } as RequestInit);
    expect(request.headers.get('content-length')).toBeNull();
    const response = await rawOf(await small.fetch(request));
    expect(response.status).toBe(413);
    expect(codes(response)).toEqual(['BODY_TOO_LARGE']);
  });

  it('lets a body at the limit through', async () => {
    const body = padded(1000 - padded(0).length);
    expect(Buffer.byteLength(body)).toBe(1000);
    expect((await post(small, body)).body).toEqual({ data: { __typename: 'Query' } });
  });

  it('defaults to 2 MiB, room for a 1 MiB article JSON-escaped', async () => {
    expect((await post(app, padded(1024 * 1024))).status).toBe(200);
    expect((await post(app, padded(2 * 1024 * 1024))).status).toBe(413);
  });
});

describe('batched requests', () => {
  const batch = (n: number) => Array.from({ length: n }, () => ({ query: '{ people(first: 1) { totalCount } }' }));

  it('are off by default: BATCHING_DISABLED', async () => {
    const response = await post(app, batch(2));
    expect(response.status).toBe(400);
    expect(codes(response)).toEqual(['BATCHING_DISABLED']);
  });

  it('with NEWSGRAPH_BATCH_LIMIT=2, two operations answer and three are refused with 413 BATCH_TOO_LARGE', async () => {
    const batching = secureApp(seeded.store, { batchLimit: 2 });
    const two = await post(batching, batch(2));
    expect(two.status).toBe(200);
    expect(two.body).toHaveLength(2);
    const three = await post(batching, batch(3));
    expect(three.status).toBe(413);
    expect(codes(three)).toEqual(['BATCH_TOO_LARGE']);
    expect(three.body.errors![0].message).toBe('The batch holds 3 operations; the limit is 2 (NEWSGRAPH_BATCH_LIMIT).');
  });
});

describe('cross-site request forgery', () => {
  const form = (headers: Record<string, string> = {}) =>
    app.fetch('http://newsgraph.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/graphql-response+json', ...headers },
      body: new URLSearchParams({ query: '{ __typename }' }).toString(),
    });

  it('refuses a form post (what another site can make a browser send) with 403 CSRF_PREVENTED', async () => {
    const response = await rawOf(await form());
    expect(response.status).toBe(403);
    expect(codes(response)).toEqual(['CSRF_PREVENTED']);
  });

  it(`accepts the same post with the ${CSRF_HEADER} header, which no form can set`, async () => {
    expect((await rawOf(await form({ [CSRF_HEADER]: '1' }))).body).toEqual({ data: { __typename: 'Query' } });
  });

  it('accepts JSON posts and GET queries', async () => {
    expect((await post(app, { query: '{ __typename }' })).status).toBe(200);
    expect((await app.fetch('http://newsgraph.test/graphql?query=%7B__typename%7D', { headers: { accept: 'application/json' } })).status).toBe(200);
  });
});

describe('CORS', () => {
  const preflight = (target: App, origin: string) =>
    target.fetch('http://newsgraph.test/graphql', {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });

  it('by default sends no CORS headers: only same-origin pages may read answers', async () => {
    const response = await post(app, { query: '{ __typename }' }, { origin: 'https://elsewhere.example' });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect((await preflight(app, 'https://elsewhere.example')).headers.get('access-control-allow-origin')).toBeNull();
  });

  it('allows the configured origins and no others', async () => {
    const open = secureApp(seeded.store, { corsOrigins: ['https://analyst.example'] });
    expect((await preflight(open, 'https://analyst.example')).headers.get('access-control-allow-origin')).toBe('https://analyst.example');
    // A single allowed origin is always named (the browser then refuses any other page): never the asking one.
    expect((await preflight(open, 'https://elsewhere.example')).headers.get('access-control-allow-origin')).not.toBe('https://elsewhere.example');
    const two = secureApp(seeded.store, { corsOrigins: ['https://analyst.example', 'https://desk.example'] });
    expect((await preflight(two, 'https://desk.example')).headers.get('access-control-allow-origin')).toBe('https://desk.example');
    expect((await preflight(two, 'https://elsewhere.example')).headers.get('access-control-allow-origin')).toBe('null');
  });
});

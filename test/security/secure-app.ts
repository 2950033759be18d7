/**
 * Apps for the security tests: over one temp store holding the seed article,
 * with the security options under test, and a raw way to post to them that
 * keeps the HTTP status and headers (the harness's postGraphQL drops them).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingestArticle } from '../../src/graph/ingest';
import { type App, type AppOptions, createApp } from '../../src/server/create-app';
import type { SecurityOptions } from '../../src/server/security-options';
import type { Store } from '../../src/store/store';
import { type GraphQLResponse, openTempStore } from '../server/app-harness';

export const SEED_TEXT = readFileSync(join(__dirname, '..', '..', 'seeds', 'reuters-kerry-putin-moscow.txt'), 'utf8');

export async function openSeededStore(): Promise<{ store: Store; close(): Promise<void> }> {
  const temp = await openTempStore();
  await ingestArticle(temp.store, { text: SEED_TEXT });
  return temp;
}

/**
 * The seeded store for every test of a file: opened before the first test,
 * closed after the last. Read `.store` inside a test or a later hook.
 */
export function useSeededStore(): { readonly store: Store } {
  let temp: Awaited<ReturnType<typeof openSeededStore>> | undefined;
  beforeAll(async () => {
    temp = await openSeededStore();
  });
  afterAll(() => temp?.close());
  return {
    get store(): Store {
      if (!temp) throw new Error('the seeded store opens in beforeAll: read .store inside a test or a later hook');
      return temp.store;
    },
  };
}

export function secureApp(store: Store, security: Partial<SecurityOptions> = {}, options: Partial<AppOptions> = {}): App {
  // No response cache: every request below must reach the checks and the store.
  return createApp({ store, responseCache: false, ...options, security });
}

export interface RawResponse {
  status: number;
  headers: Headers;
  body: GraphQLResponse & Record<string, unknown>;
}

/**
 * POSTs `body` (an object is sent as JSON) and keeps status, headers and the
 * parsed answer. It accepts application/graphql-response+json, as current
 * clients do, so that request errors come back as 400 (see limit-error.ts).
 */
export async function post(app: App, body: unknown, headers: Record<string, string> = {}): Promise<RawResponse> {
  const response = await app.fetch('http://newsgraph.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: JSON.parse(text) as RawResponse['body'] };
}

/** The extensions.code of every error, in order. */
export const codes = (response: RawResponse | GraphQLResponse) =>
  (('body' in response ? response.body : response) as GraphQLResponse).errors?.map((e) => e.extensions?.code) ?? [];

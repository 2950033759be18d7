/**
 * An app over a fresh SQLite file in a temp dir, and a way to post GraphQL to
 * it in-process (app.fetch, no port).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { type App, createApp } from '../../src/server/create-app';
import { openStore } from '../../src/store/open-store';
import type { Store } from '../../src/store/store';

export interface GraphQLResponse<T = Record<string, any>> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

export interface Harness {
  store: Store;
  app: App;
  /** Posts a query to the app. */
  query<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

export async function openTempStore(): Promise<{ store: Store; close(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-api-'));
  const store = await openStore({ NEWSGRAPH_DB: join(dir, 'graph.db') });
  return {
    store,
    close: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function postGraphQL<T = Record<string, any>>(
  app: App,
  query: string,
  variables?: Record<string, unknown>,
): Promise<GraphQLResponse<T>> {
  const response = await app.fetch('http://newsgraph.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResponse<T>;
}

/** Runs a codegen TypedDocumentNode: the result and variables are typed by the operation. */
export async function execute<TResult, TVariables extends Record<string, unknown>>(
  app: App,
  document: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
): Promise<GraphQLResponse<TResult>> {
  return postGraphQL<TResult>(app, print(document), variables);
}

export async function openHarness(): Promise<Harness> {
  const temp = await openTempStore();
  const app = createApp({ store: temp.store });
  return {
    store: temp.store,
    app,
    query: (query, variables) => postGraphQL(app, query, variables),
    close: temp.close,
  };
}

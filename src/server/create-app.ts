/**
 * The HTTP app: graphql-yoga serving the Pothos schema over a Store. It does
 * not listen (see main.ts), so tests call `app.fetch(...)` in-process.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import { schema } from '../schema';
import { createContext, type GraphQLContext } from '../schema/context';
import { assertServesContract } from '../schema/contract-violations';
import type { Store } from '../store/store';
import { useExplorer } from './explorer';
import { maskError } from './mask-error';
import { useGraphVersionedResponseCache } from './use-graph-versioned-response-cache';
import { graphiqlTabs } from './graphiql-tabs';
import { useExport } from './use-export';
import { useHealth } from './use-health';
import { useMaxDepth } from './use-max-depth';
import type { GraphEvents } from '../graph/graph-events';
import { createInProcessEvents } from './in-process-events';
import { type PersistedOperationsOptions, usePersistedDocuments } from './use-persisted-operations';

export interface AppOptions {
  store: Store;
  /** GraphiQL on GET /graphql for browsers (default true). */
  graphiql?: boolean;
  /** Yoga's request logging (default false: the CLI prints its own lines). */
  logging?: boolean;
  /** Deepest field nesting a query may have (default 15). */
  maxDepth?: number;
  /**
   * Cache whole query results until the stored graph changes (default true).
   * Analysts and dashboards repeat the same questions; a repeated query is then
   * answered without touching the store.
   */
  responseCache?: boolean;
  /**
   * Where the server's ingests announce themselves to `Subscription` clients
   * (default: a new in-process channel; pass a shared one to publish from elsewhere).
   */
  events?: GraphEvents;
  /**
   * Persisted operations from codegen's persisted-documents.json (always accepted);
   * `only: true` refuses every other operation (NEWSGRAPH_PERSISTED_ONLY=true in the CLI).
   */
  persistedOperations?: PersistedOperationsOptions;
}

export type App = YogaServerInstance<Record<string, unknown>, GraphQLContext>;

/** GraphiQL's first tab: the question newsgraph answers best, who said what. */
const DEFAULT_QUERY_FILE = join(__dirname, '..', '..', 'schema', 'operations', 'who-said-what.graphql');

export function createApp(options: AppOptions): App {
  // Fail at startup, not at a client's first query, if the API lost part of its contract.
  assertServesContract(schema);
  const { store } = options;
  const events = options.events ?? createInProcessEvents();
  return createYoga<Record<string, unknown>, GraphQLContext>({
    schema,
    // A fresh context, hence fresh DataLoaders, for every request.
    context: () => createContext(store, events),
    maskedErrors: { maskError },
    graphiql:
      options.graphiql === false
        ? false
        : { title: 'newsgraph', defaultQuery: readFileSync(DEFAULT_QUERY_FILE, 'utf8'), defaultTabs: graphiqlTabs() },
    logging: options.logging ?? false,
    // Yoga's built-in probe answers an empty 200; /health answers JSON (useHealth).
    healthCheckEndpoint: '/health/live',
    plugins: [
      useHealth(),
      useExport(store),
      usePersistedDocuments(options.persistedOperations),
      // The graph explorer page at /explore (explorer/), bundled on first request.
      useExplorer(),
      useMaxDepth(options.maxDepth),
      ...(options.responseCache === false ? [] : [useGraphVersionedResponseCache(store)]),
    ],
  });
}

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
import { type ReadinessCheck, useHealth } from './use-health';
import { type Logger, yogaLogger } from './logger';
import { DEFAULT_SECURITY, type SecurityOptions } from './security-options';
import { useBatchLimit } from './use-batch-limit';
import { useBodySizeLimit } from './use-body-size-limit';
import { useCSRFPrevention } from './use-csrf-prevention';
import { useExecutionTimeout } from './use-execution-timeout';
import { useNoIntrospection } from './no-introspection-rule';
import { useQueryLimits } from './use-query-limits';
import { useRequestLog } from './use-request-log';
import { useWriteAccess } from './use-write-access';
import type { GraphEvents } from '../graph/graph-events';
import { createInProcessEvents } from './in-process-events';
import { type PersistedOperationsOptions, usePersistedDocuments } from './use-persisted-operations';

export interface AppOptions {
  store: Store;
  /** GraphiQL on GET /graphql for browsers (default true). */
  graphiql?: boolean;
  /** Yoga's request logging (default false: the CLI prints its own lines). */
  logging?: boolean;
  /** Deepest field nesting a query may have (default 15; same as `security.maxDepth`). */
  maxDepth?: number;
  /** Query limits, write access, CORS and introspection; unset ones keep DEFAULT_SECURITY (SECURITY.md). */
  security?: Partial<SecurityOptions>;
  /** Structured logs: one line per request, and the errors clients see masked (default: none). */
  logger?: Logger;
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
  /** Readiness checks for GET /health besides the store's own (e.g. `redis`), by name. */
  readinessChecks?: Record<string, ReadinessCheck>;
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
  const security: SecurityOptions = { ...DEFAULT_SECURITY, ...options.security };
  const maxDepth = options.maxDepth ?? security.maxDepth;
  return createYoga<Record<string, unknown>, GraphQLContext>({
    schema,
    // A fresh context, hence fresh DataLoaders, for every request.
    context: () => createContext(store, events),
    maskedErrors: { maskError },
    // GraphiQL cannot work without introspection.
    graphiql:
      options.graphiql === false || !security.introspection
        ? false
        : { title: 'newsgraph', defaultQuery: readFileSync(DEFAULT_QUERY_FILE, 'utf8'), defaultTabs: graphiqlTabs() },
    logging: options.logger ? yogaLogger(options.logger) : (options.logging ?? false),
    cors: corsOf(security.corsOrigins),
    batching: security.batchLimit > 0 ? { limit: security.batchLimit } : false,
    // useBodySizeLimit replaces yoga's own guard, with an error that names the limit.
    maxRequestBodySize: false,
    // Yoga's built-in probe answers an empty 200; /health answers JSON (useHealth).
    healthCheckEndpoint: '/health/live',
    // Order: the request log sees every request first; the HTTP guards refuse before a body is parsed;
    // the query limits run at parse, validate and execute; the response cache comes last, so a cached
    // answer is still only served to an operation that passed every check.
    plugins: [
      ...(options.logger ? [useRequestLog(options.logger)] : []),
      useCSRFPrevention(),
      useBodySizeLimit(security.maxBodyBytes),
      useBatchLimit(security.batchLimit),
      useHealth({ store: () => store.dataVersion(), ...options.readinessChecks }),
      useExport(store),
      usePersistedDocuments(options.persistedOperations),
      // The graph explorer page at /explore (explorer/), bundled on first request.
      useExplorer(),
      ...(security.introspection ? [] : [useNoIntrospection()]),
      ...useQueryLimits({ ...security, maxDepth }, security.introspection),
      useWriteAccess(security),
      useExecutionTimeout(security.timeoutMs),
      ...(options.responseCache === false ? [] : [useGraphVersionedResponseCache(store)]),
    ],
  });
}

/** No origins: no CORS headers, so browsers allow only same-origin pages (GraphiQL and the explorer are served here). */
function corsOf(origins: string[]) {
  if (origins.length === 0) return false;
  return {
    origin: origins.includes('*') ? '*' : origins,
    methods: ['GET', 'POST'],
    allowedHeaders: ['content-type', 'authorization', 'x-request-id'],
    exposedHeaders: ['x-request-id'],
    // Writes authenticate with a bearer header, never a cookie: no credentials cross origins.
    credentials: false,
  };
}

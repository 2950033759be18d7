/**
 * Serves a store the way the environment configures it: the app with its
 * options from the environment, listening on a port, closing the store on
 * SIGINT/SIGTERM. One place, shared by `newsgraph serve` and main.ts, so the
 * two entries cannot drift apart in what they honour.
 */
import type { Server } from 'node:http';
import type { Store } from '../store/store';
import { type App, createApp } from './create-app';
import { listen } from './listen';
import { createLogger, logLevelFromEnv } from './logger';
import { securityOptionsFromEnv } from './security-options';

export async function serveStore(store: Store, port: number, env: NodeJS.ProcessEnv = process.env): Promise<{ app: App; server: Server; port: number }> {
  const app = createApp({
    store,
    responseCache: env.NEWSGRAPH_RESPONSE_CACHE !== 'off',
    persistedOperations: { only: env.NEWSGRAPH_PERSISTED_ONLY === 'true' },
    // Query limits, write access, CORS, introspection (NEWSGRAPH_*, see SECURITY.md); JSON request logs on stdout.
    security: securityOptionsFromEnv(env),
    logger: createLogger(logLevelFromEnv(env)),
  });
  const { server, port: bound } = await listen(app, port);
  const shutdown = () => server.close(() => void store.close());
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
  return { app, server, port: bound };
}

/**
 * Serves a store the way the environment configures it: the app with its
 * options from the environment, live events in-process or over Redis
 * (REDIS_URL), listening on a port, and a graceful stop on SIGINT/SIGTERM.
 * One place, shared by `newsgraph serve` and main.ts, so the two entries
 * cannot drift apart in what they honour.
 */
import type { Server } from 'node:http';
import type { Store } from '../store/store';
import { closableServer, DEFAULT_SHUTDOWN_GRACE_MS } from './close-server';
import { type App, createApp } from './create-app';
import { listen } from './listen';
import { createLogger, logLevelFromEnv } from './logger';
import { securityOptionsFromEnv } from './security-options';
import { openEvents } from './open-events';

/** One line per event worth an operator's eye (start-up, shutdown, Redis reconnects). */
const log = (line: string) => console.error(line);

export interface Serving {
  app: App;
  server: Server;
  port: number;
  /** Live events: "in-process" or "Redis channels <prefix>:*". */
  events: string;
  /** Stops taking requests, lets those in flight finish, then closes the events and the store. */
  close(): Promise<void>;
}

/**
 * Takes ownership of `store`: it is closed on shutdown, and also when start-up
 * fails (Redis unreachable, port taken), so the caller only reports the error.
 */
export async function serveStore(store: Store, port: number, env: NodeJS.ProcessEnv = process.env): Promise<Serving> {
  let opened: Awaited<ReturnType<typeof openEvents>>;
  try {
    opened = await openEvents(env, log);
  } catch (error) {
    await store.close();
    throw error;
  }
  const app = createApp({
    store,
    events: opened.events,
    readinessChecks: opened.readinessChecks,
    responseCache: env.NEWSGRAPH_RESPONSE_CACHE !== 'off',
    persistedOperations: { only: env.NEWSGRAPH_PERSISTED_ONLY === 'true' },
    // Query limits, write access, CORS, introspection (NEWSGRAPH_*, see SECURITY.md); JSON request logs on stdout.
    security: securityOptionsFromEnv(env),
    logger: createLogger(logLevelFromEnv(env)),
  });
  let listening: Awaited<ReturnType<typeof listen>>;
  try {
    listening = await listen(app, port);
  } catch (error) {
    await opened.close();
    await store.close();
    throw error;
  }
  const { server, port: bound } = listening;
  const closable = closableServer(server);
  const graceMs = Number(env.NEWSGRAPH_SHUTDOWN_GRACE_MS) || DEFAULT_SHUTDOWN_GRACE_MS;

  let closing: Promise<void> | undefined;
  // In this order: no request may find its store or its event channel closed under it.
  const close = () =>
    (closing ??= (async () => {
      await closable.close(graceMs);
      await opened.close();
      await store.close();
    })());

  const onSignal = (signal: NodeJS.Signals) => {
    log(`newsgraph: ${signal}: stopping (requests in flight finish, subscriptions end)`);
    close().then(
      () => process.exit(0),
      (error: unknown) => {
        log(`newsgraph: shutdown failed: ${error instanceof Error ? error.message : String(error)}`);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  return { app, server, port: bound, events: opened.description, close };
}

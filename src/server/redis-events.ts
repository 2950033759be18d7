/**
 * GraphEvents over Redis pub/sub, for several server processes on one
 * database: an ingest through any replica reaches the subscribers of every
 * replica. graphql-yoga's createPubSub turns Redis messages into the async
 * iterables the schema's subscriptions consume; @graphql-yoga/redis-event-target
 * holds one SUBSCRIBE per channel while anyone listens (and UNSUBSCRIBEs when
 * the last listener leaves).
 *
 * Channels are "<prefix>:documentIngested" and "<prefix>:entityUpdated", so
 * several deployments (or test runs) can share one Redis without hearing each
 * other.
 */
import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { createPubSub } from 'graphql-yoga';
import Redis from 'ioredis';
import type { DocumentIngestedEvent, EntityUpdatedEvent, GraphEvents } from '../graph/graph-events';

export const DEFAULT_REDIS_PREFIX = 'newsgraph';

/** How long start-up waits for Redis before giving up: a replica that cannot fan out should not take traffic. */
const CONNECT_TIMEOUT_MS = 5000;
/** Reconnect back-off after start-up: 100 ms, 200 ms, ... capped at 2 s. */
const reconnectDelay = (attempt: number) => Math.min(attempt * 100, 2000);

export interface RedisEventsOptions {
  /** redis://[user:password@]host:port[/db] (REDIS_URL). */
  url: string;
  /** Channel prefix (NEWSGRAPH_REDIS_PREFIX); default "newsgraph". */
  prefix?: string;
  /** Where connection changes are reported, one line each. */
  log?: (line: string) => void;
}

export interface RedisEvents extends GraphEvents {
  /** The channels' common prefix (NEWSGRAPH_REDIS_PREFIX). */
  readonly prefix: string;
  /** The channels this instance publishes on and listens to. */
  readonly channels: { documentIngested: string; entityUpdated: string };
  /** Resolves when Redis answers PING; rejects when it is unreachable (readiness). */
  ping(): Promise<void>;
  /** Closes both connections; subscriptions end. */
  close(): Promise<void>;
}

export class RedisUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RedisUnavailableError';
  }
}

/** The URL without its password, for messages and logs. */
export function redactRedisUrl(raw: string): string {
  try {
    const url = new URL(raw);
    if (!url.password) return raw;
    url.password = '***';
    return url.toString();
  } catch {
    return raw;
  }
}

type Topics = Record<string, [DocumentIngestedEvent | EntityUpdatedEvent]>;

/**
 * Connects both clients (publishing and subscribing need one each: a
 * subscribed connection can issue nothing else) and resolves once both are
 * ready; rejects with a RedisUnavailableError naming the URL otherwise.
 */
export async function connectRedisEvents(options: RedisEventsOptions): Promise<RedisEvents> {
  const prefix = options.prefix?.trim() || DEFAULT_REDIS_PREFIX;
  const log = options.log ?? ((line: string) => console.error(line));
  const shown = redactRedisUrl(options.url);
  try {
    const parsed = new URL(options.url);
    if (parsed.protocol !== 'redis:' && parsed.protocol !== 'rediss:') throw new Error('not redis:');
  } catch {
    throw new RedisUnavailableError(`REDIS_URL must be a redis:// or rediss:// URL, got "${shown}"`);
  }

  const publisher = openClient(options.url, prefix, 'publish', log);
  const subscriber = openClient(options.url, prefix, 'subscribe', log);
  const outcomes = await Promise.allSettled([publisher.ready, subscriber.ready]);
  const failure = outcomes.find((outcome) => outcome.status === 'rejected');
  if (failure) {
    for (const { client } of [publisher, subscriber]) {
      // disconnect() on a client that already ended leaves a 2 s timer behind; and a
      // refused socket keeps its connect timeout armed: either would hold the process.
      if (client.status !== 'end') client.disconnect();
      client.stream?.setTimeout(0);
    }
    const reason = failure.reason instanceof Error ? failure.reason.message : String(failure.reason);
    throw new RedisUnavailableError(`cannot reach Redis at ${shown} (REDIS_URL): ${reason}`);
  }
  publisher.started();
  subscriber.started();

  const target = createRedisEventTarget<CustomEvent>({ publishClient: publisher.client, subscribeClient: subscriber.client });
  // The target's own dispatchEvent leaves PUBLISH's promise unobserved: while
  // Redis is down that rejection would take the whole process with it. Publish
  // here instead, and report a lost event (subscribers miss it; the data is in
  // the store all the same).
  const eventTarget: typeof target = {
    addEventListener: (type, listener) => target.addEventListener(type, listener),
    removeEventListener: (type, listener) => target.removeEventListener(type, listener),
    dispatchEvent(event) {
      publisher.client.publish(event.type, JSON.stringify(event.detail)).catch((error: unknown) => {
        log(`newsgraph: Redis publish on ${event.type} failed, event lost: ${error instanceof Error ? error.message : String(error)}`);
      });
      return true;
    },
  };
  const pubSub = createPubSub<Topics>({ eventTarget });
  const channels = { documentIngested: `${prefix}:documentIngested`, entityUpdated: `${prefix}:entityUpdated` };

  return {
    prefix,
    channels,
    documentIngested: (event) => pubSub.publish(channels.documentIngested, event),
    entityUpdated: (event) => pubSub.publish(channels.entityUpdated, event),
    subscribeDocumentIngested: () => pubSub.subscribe(channels.documentIngested) as AsyncIterable<DocumentIngestedEvent>,
    subscribeEntityUpdated: () => pubSub.subscribe(channels.entityUpdated) as AsyncIterable<EntityUpdatedEvent>,
    async ping() {
      await publisher.client.ping();
    },
    async close() {
      publisher.stopped();
      subscriber.stopped();
      // QUIT lets queued publishes go out first; disconnect if Redis is gone.
      await Promise.all([publisher.client, subscriber.client].map((client) => client.quit().catch(() => client.disconnect())));
    },
  };
}

interface OpenedClient {
  client: Redis;
  /** Resolves when the first connection is ready, rejects on its first error or after CONNECT_TIMEOUT_MS. */
  ready: Promise<void>;
  /** From now on, a lost connection is retried (and logged) rather than fatal. */
  started(): void;
  /** Closing on purpose: no more reconnect lines. */
  stopped(): void;
}

function openClient(url: string, prefix: string, role: 'publish' | 'subscribe', log: (line: string) => void): OpenedClient {
  let phase: 'starting' | 'running' | 'stopping' = 'starting';
  let lastError = '';
  let lost = false;
  const client = new Redis(url, {
    lazyConnect: true,
    // Named in CLIENT LIST, so an operator can tell which deployment holds which connection.
    connectionName: `${prefix}:${role}`,
    connectTimeout: CONNECT_TIMEOUT_MS,
    // No retries while starting: fail fast. Afterwards retry for as long as it takes.
    retryStrategy: (attempt) => (phase === 'running' ? reconnectDelay(attempt) : null),
    // A subscription waits for Redis to come back rather than failing its SUBSCRIBE.
    maxRetriesPerRequest: role === 'subscribe' ? null : 3,
  });
  client.on('error', (error: Error) => {
    lastError = error.message;
  });
  client.on('reconnecting', (delay: number) => {
    if (phase !== 'running') return;
    lost = true;
    log(`newsgraph: Redis ${role} connection lost (${lastError || 'closed'}), reconnecting in ${delay} ms`);
  });
  client.on('ready', () => {
    if (phase === 'running' && lost) log(`newsgraph: Redis ${role} connection restored`);
    lost = false;
  });

  const ready = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${CONNECT_TIMEOUT_MS} ms`)), CONNECT_TIMEOUT_MS + 500);
    // Given up on (the other client failed first): nothing left to wait for.
    client.once('end', () => {
      clearTimeout(timer);
      reject(new Error(lastError || 'connection closed'));
    });
    client.connect().then(
      () => {
        clearTimeout(timer);
        resolve();
      },
      (error: unknown) => {
        clearTimeout(timer);
        // ioredis rejects with "Connection is closed." and reports the cause as an 'error' event.
        reject(new Error(lastError || (error instanceof Error ? error.message : String(error))));
      },
    );
  });
  return {
    client,
    ready,
    started: () => {
      phase = 'running';
    },
    stopped: () => {
      phase = 'stopping';
    },
  };
}

/**
 * The GraphEvents the environment asks for: Redis pub/sub when REDIS_URL is
 * set (several replicas share their events; NEWSGRAPH_REDIS_PREFIX names the
 * channels, default "newsgraph"), else in-process (one server).
 */
import type { GraphEvents } from '../graph/graph-events';
import { createInProcessEvents } from './in-process-events';
import { connectRedisEvents } from './redis-events';
import type { ReadinessCheck } from './use-health';

export interface OpenedEvents {
  events: GraphEvents;
  /** What /health should check besides the store (`redis` when configured). */
  readinessChecks: Record<string, ReadinessCheck>;
  /** For the start-up line: "in-process" or "Redis channels newsgraph:*". */
  description: string;
  close(): Promise<void>;
}

/** Rejects with a RedisUnavailableError (a one-line message) when REDIS_URL is set but Redis cannot be reached. */
export async function openEvents(env: NodeJS.ProcessEnv = process.env, log?: (line: string) => void): Promise<OpenedEvents> {
  const url = env.REDIS_URL?.trim();
  if (!url) return { events: createInProcessEvents(), readinessChecks: {}, description: 'in-process', close: async () => {} };
  const redis = await connectRedisEvents({ url, prefix: env.NEWSGRAPH_REDIS_PREFIX, log });
  return { events: redis, readinessChecks: { redis: () => redis.ping() }, description: `Redis channels ${redis.prefix}:*`, close: () => redis.close() };
}

/**
 * GraphEvents over a real Redis (REDIS_URL, default redis://127.0.0.1:6379):
 * two instances stand for two server replicas. Each test uses its own random
 * channel prefix, so parallel runs sharing one Redis never hear each other.
 */
import { randomBytes } from 'node:crypto';
import Redis from 'ioredis';
import type { DocumentIngestedEvent, EntityUpdatedEvent } from '../../src/graph/graph-events';
import { connectRedisEvents, RedisUnavailableError, type RedisEvents } from '../../src/server/redis-events';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

let prefix: string;
let replicaA: RedisEvents;
let replicaB: RedisEvents;
/** A plain client to look at Redis from outside (PUBSUB NUMSUB). */
let observer: Redis;

beforeEach(async () => {
  prefix = `ng_test_${randomBytes(6).toString('hex')}`;
  [replicaA, replicaB] = await Promise.all([connectRedisEvents({ url: REDIS_URL, prefix }), connectRedisEvents({ url: REDIS_URL, prefix })]);
  // Connected before use: quitting a client still in its ready check leaves a timer behind.
  observer = new Redis(REDIS_URL, { lazyConnect: true });
  await observer.connect();
});
afterEach(async () => {
  await Promise.all([replicaA.close(), replicaB.close(), observer.quit()]);
});

/** Subscribers on the channel, as Redis counts them. */
async function subscribers(channel: string): Promise<number> {
  const [, count] = (await observer.pubsub('NUMSUB', channel)) as [string, number];
  return Number(count);
}

/** SUBSCRIBE is asynchronous: a publish sent before Redis has it would be lost, so wait for Redis to count the listener. */
async function untilSubscribers(channel: string, count: number): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if ((await subscribers(channel)) === count) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`${channel} never had ${count} subscriber(s); it has ${await subscribers(channel)}`);
}

/** Starts iterating (the subscription is made on the first next()) and collects `count` events. */
function take<T>(iterable: AsyncIterable<T>, count: number): { iterator: AsyncIterator<T>; events: Promise<T[]> } {
  const iterator = iterable[Symbol.asyncIterator]();
  const events = (async () => {
    const out: T[] = [];
    while (out.length < count) {
      const { value, done } = await iterator.next();
      if (done) break;
      out.push(value);
    }
    return out;
  })();
  return { iterator, events };
}

describe('RedisEvents', () => {
  it('deliver what one replica publishes to a subscriber on the other, in order, with payloads intact', async () => {
    const sent: DocumentIngestedEvent[] = Array.from({ length: 5 }, (_, i) => ({
      documentId: `doc-${i}-${randomBytes(4).toString('hex')}`,
      counts: { entities: i, mentions: 2 * i, quotes: i + 1, relations: 3 },
    }));
    const { iterator, events } = take(replicaA.subscribeDocumentIngested(), sent.length);
    await untilSubscribers(replicaA.channels.documentIngested, 1);
    for (const event of sent) replicaB.documentIngested(event);
    expect(await events).toEqual(sent);
    await iterator.return?.();
  });

  it('keep the two kinds of event on their own channels', async () => {
    const entity: EntityUpdatedEvent = { entityId: 'e-1', documentId: 'doc-1' };
    const documents = take(replicaA.subscribeDocumentIngested(), 1);
    const entities = take(replicaA.subscribeEntityUpdated(), 1);
    await untilSubscribers(replicaA.channels.entityUpdated, 1);
    await untilSubscribers(replicaA.channels.documentIngested, 1);
    replicaB.entityUpdated(entity);
    const document = { documentId: 'doc-2', counts: { entities: 1, mentions: 1, quotes: 0, relations: 0 } };
    replicaB.documentIngested(document);
    expect(await entities.events).toEqual([entity]);
    // Had the entity event leaked onto the document channel, it would arrive first.
    expect(await documents.events).toEqual([document]);
    await Promise.all([documents.iterator.return?.(), entities.iterator.return?.()]);
  });

  it('do not hear a deployment with another prefix', async () => {
    const other = await connectRedisEvents({ url: REDIS_URL, prefix: `${prefix}_other` });
    try {
      const { iterator, events } = take(replicaA.subscribeEntityUpdated(), 1);
      await untilSubscribers(replicaA.channels.entityUpdated, 1);
      other.entityUpdated({ entityId: 'from-other', documentId: 'x' });
      replicaB.entityUpdated({ entityId: 'from-same', documentId: 'y' });
      expect((await events).map((e) => e.entityId)).toEqual(['from-same']);
      await iterator.return?.();
    } finally {
      await other.close();
    }
  });

  it('release the Redis subscription when the last subscriber stops iterating', async () => {
    const channel = replicaA.channels.documentIngested;
    const first = take(replicaA.subscribeDocumentIngested(), 1);
    const second = take(replicaA.subscribeDocumentIngested(), 1);
    await untilSubscribers(channel, 1);
    await first.iterator.return?.();
    // One listener is left on the replica: it keeps the channel.
    await new Promise((r) => setTimeout(r, 100));
    expect(await subscribers(channel)).toBe(1);
    await second.iterator.return?.();
    await untilSubscribers(channel, 0);
    expect(await first.events).toEqual([]);
  });

  it('resubscribe after losing the connection, and log the loss and the recovery', async () => {
    const lines: string[] = [];
    const replica = await connectRedisEvents({ url: REDIS_URL, prefix: `${prefix}_reconnect`, log: (line) => lines.push(line) });
    try {
      const channel = replica.channels.entityUpdated;
      const { iterator, events } = take(replica.subscribeEntityUpdated(), 1);
      await untilSubscribers(channel, 1);
      // Cut this replica's subscribing connection from the Redis side, as a restart or a network drop would.
      const clients = (await observer.client('LIST')) as string;
      const id = /id=(\d+) [^\n]*name=(\S+)/g;
      const victim = [...clients.matchAll(id)].find((m) => m[2] === `${prefix}_reconnect:subscribe`)?.[1];
      expect(victim).toBeDefined();
      await observer.client('KILL', 'ID', victim!);
      // Redis dropped the subscription with the connection: it counts 1 again only once ioredis resubscribed.
      await untilSubscribers(channel, 1);
      const sender = await connectRedisEvents({ url: REDIS_URL, prefix: `${prefix}_reconnect` });
      sender.entityUpdated({ entityId: 'after-reconnect', documentId: 'd' });
      expect(await events).toEqual([{ entityId: 'after-reconnect', documentId: 'd' }]);
      await Promise.all([iterator.return?.(), sender.close()]);
      expect(lines.some((line) => /Redis subscribe connection lost .*reconnecting in \d+ ms/.test(line))).toBe(true);
      expect(lines).toContain('newsgraph: Redis subscribe connection restored');
    } finally {
      await replica.close();
    }
  });

  it('answer ping while Redis is up', async () => {
    await expect(replicaA.ping()).resolves.toBeUndefined();
  });
});

describe('connectRedisEvents with a bad REDIS_URL', () => {
  it('fails fast, naming the URL and the cause, when nothing listens there', async () => {
    const started = Date.now();
    const attempt = connectRedisEvents({ url: 'redis://127.0.0.1:1', prefix: 'unused', log: () => {} });
    await expect(attempt).rejects.toThrow(RedisUnavailableError);
    await expect(attempt).rejects.toThrow(/^cannot reach Redis at redis:\/\/127\.0\.0\.1:1 \(REDIS_URL\): .*ECONNREFUSED/);
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it.each(['localhost:6379', 'http://127.0.0.1:6379', 'not a url'])('refuses %p as not a redis:// URL', async (url) => {
    await expect(connectRedisEvents({ url })).rejects.toThrow(`REDIS_URL must be a redis:// or rediss:// URL, got "${url}"`);
  });

  it('does not show the password of the URL it cannot reach', async () => {
    await expect(connectRedisEvents({ url: 'redis://user:s3cret@127.0.0.1:1', log: () => {} })).rejects.toThrow(
      /^cannot reach Redis at redis:\/\/user:\*\*\*@127\.0\.0\.1:1 /,
    );
  });
});

/**
 * Two `newsgraph serve` processes as two replicas behind a load balancer: one
 * PostgreSQL schema, one Redis channel prefix. A subscriber on replica A hears
 * an ingest made through replica B, and A's queries see B's document at once
 * (A's response cache is keyed on the store's data version, which B's commit
 * changed). Then SIGTERM stops A gracefully: its subscription ends and it
 * exits 0, while B stays ready.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Redis from 'ioredis';
import { freshPostgresSchema, type TestSchema } from '../support/postgres';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const ROOT = join(__dirname, '..', '..');
const ARTICLE = readFileSync(join(__dirname, '..', 'graph', 'fixtures', 'analyst-a.txt'), 'utf8');
const INGEST = `mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { created document { id } } }`;
const DOCUMENTS = `{ documents(first: 10) { totalCount edges { node { id } } } }`;

interface Replica {
  child: ChildProcess;
  url: string;
  /** What the process wrote to stderr, for failure messages. */
  stderr(): string;
  exited: Promise<number | null>;
}

/** Starts `newsgraph serve` on a free port and resolves once it prints where it listens. */
function startReplica(env: NodeJS.ProcessEnv): Promise<Replica> {
  const child = spawn(process.execPath, [join(ROOT, 'bin', 'newsgraph.js'), 'serve', '--quiet'], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', NEWSGRAPH_LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    child.stderr!.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      const port = /localhost:(\d+)\//.exec(stderr)?.[1];
      if (port) resolve({ child, url: `http://127.0.0.1:${port}`, stderr: () => stderr, exited });
    });
    void exited.then((code) => reject(new Error(`replica exited (${code}) before listening:\n${stderr}`)));
  });
}

async function post(replica: Replica, query: string, variables?: Record<string, unknown>): Promise<any> {
  const response = await fetch(`${replica.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return response.json();
}

/** An SSE subscription read as parsed `next` payloads. */
async function subscribe(replica: Replica, query: string) {
  const abort = new AbortController();
  const response = await fetch(`${replica.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
    body: JSON.stringify({ query }),
    signal: abort.signal,
  });
  expect(response.status).toBe(200);
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  return {
    abort: () => abort.abort(),
    /** The next `next` event, or null when the stream ends first. */
    async next(): Promise<any | null> {
      for (;;) {
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = block.split('\n').find((line) => line.startsWith('data:'));
          if (block.startsWith('event: next') && data) return JSON.parse(data.slice(5));
        }
        let chunk: ReadableStreamReadResult<Uint8Array>;
        try {
          chunk = await reader.read();
        } catch {
          return null; // the server cut the connection
        }
        if (chunk.done) return null;
        buffer += decoder.decode(chunk.value, { stream: true });
      }
    },
  };
}

/** `promise`, or a failure naming what did not happen within `ms` (rather than a bare test timeout). */
function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** A publish before Redis has the SUBSCRIBE would be lost: wait until Redis counts `count` listeners. */
async function untilSubscribers(redis: Redis, channel: string, count: number): Promise<void> {
  for (let i = 0; i < 250; i++) {
    const [, n] = (await redis.pubsub('NUMSUB', channel)) as [string, number];
    if (Number(n) === count) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`${channel} never reached ${count} subscriber(s)`);
}

describe('two replicas on one PostgreSQL database and one Redis', () => {
  const prefix = `ng_test_${randomBytes(6).toString('hex')}`;
  let database: TestSchema;
  let redis: Redis;
  const replicas: Replica[] = [];
  let a: Replica;
  let b: Replica;

  beforeAll(async () => {
    database = await freshPostgresSchema();
    redis = new Redis(REDIS_URL, { lazyConnect: true });
    await redis.connect();
    const env = { DATABASE_URL: database.url, REDIS_URL, NEWSGRAPH_REDIS_PREFIX: prefix };
    // Both start at once: their migrations race, and the advisory lock must serialise them.
    const started = await Promise.allSettled([startReplica(env), startReplica(env)]);
    for (const outcome of started) if (outcome.status === 'fulfilled') replicas.push(outcome.value);
    for (const outcome of started) if (outcome.status === 'rejected') throw outcome.reason;
    [a, b] = replicas;
  }, 120_000);

  afterAll(async () => {
    for (const replica of replicas) if (replica.child.exitCode === null && replica.child.signalCode === null) replica.child.kill('SIGKILL');
    await Promise.all(replicas.map((replica) => replica.exited));
    await redis?.quit();
    await database?.drop();
  });

  it('report both ready, with the store and Redis checked', async () => {
    for (const replica of [a, b]) {
      const response = await fetch(`${replica.url}/health`);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ status: 'ok', checks: { store: 'ok', redis: 'ok' } });
    }
  });

  it("deliver an ingest through B to a subscriber on A, and A's queries see the new document", async () => {
    // A caches its answer for the empty graph first: serving it again after B's ingest would be the stale read.
    const before = await post(a, DOCUMENTS);
    expect(before.errors).toBeUndefined();
    const countBefore: number = before.data.documents.totalCount;
    expect((await post(a, DOCUMENTS)).data).toEqual(before.data);

    const stream = await subscribe(a, 'subscription { documentIngested { counts { entities } document { id entities { totalCount } } } }');
    const event = stream.next();
    await untilSubscribers(redis, `${prefix}:documentIngested`, 1);

    const ingest = await post(b, INGEST, { input: { text: ARTICLE } });
    expect(ingest.errors).toBeUndefined();
    expect(ingest.data.ingestDocument.created).toBe(true);
    const documentId: string = ingest.data.ingestDocument.document.id;

    const received = await within(event, 15_000, "replica A received no documentIngested event for B's ingest");
    stream.abort();
    expect(received?.errors).toBeUndefined();
    expect(received.data.documentIngested.document.id).toBe(documentId);
    // A resolved the event from the shared database: the entities B wrote are there.
    expect(received.data.documentIngested.document.entities.totalCount).toBe(received.data.documentIngested.counts.entities);
    expect(received.data.documentIngested.counts.entities).toBeGreaterThan(0);

    const after = await post(a, DOCUMENTS);
    expect(after.data.documents.totalCount).toBe(countBefore + 1);
    expect(after.data.documents.edges.map((edge: any) => edge.node.id)).toContain(documentId);
  });

  it('stop A gracefully on SIGTERM: its open subscription ends, it exits 0, and B stays ready', async () => {
    const stream = await subscribe(a, 'subscription { entityUpdated { entity { id } } }');
    const ended = stream.next();
    await untilSubscribers(redis, `${prefix}:entityUpdated`, 1);
    a.child.kill('SIGTERM');
    expect(await within(ended, 15_000, 'the subscription on A did not end after SIGTERM')).toBeNull();
    expect(await within(a.exited, 15_000, 'A did not exit after SIGTERM')).toBe(0);
    expect(a.stderr()).toContain('SIGTERM: stopping');
    // A's Redis connections are closed: nobody listens on the channel any more.
    await untilSubscribers(redis, `${prefix}:entityUpdated`, 0);
    expect((await fetch(`${b.url}/health`)).status).toBe(200);
  }, 30_000);
});

describe('newsgraph serve with REDIS_URL pointing at nothing', () => {
  it('refuses to start, with one clear line and no stack trace', async () => {
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'newsgraph.js'), 'serve', '--quiet'], {
      cwd: ROOT,
      env: { ...process.env, PORT: '0', DATABASE_URL: 'sqlite::memory:', REDIS_URL: 'redis://127.0.0.1:1', NEWSGRAPH_LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).toBe(1);
    expect(stderr.trim()).toMatch(/^newsgraph: cannot reach Redis at redis:\/\/127\.0\.0\.1:1 \(REDIS_URL\): .*ECONNREFUSED/);
    expect(stderr).not.toMatch(/\n\s+at /);
  }, 60_000);
});

/**
 * The structured request log (pino) and what a client never sees: one JSON
 * line per request with its id, operation, status, duration and error codes;
 * a store failure logged in full on the server and masked in the response.
 */
import type { DestinationStream } from 'pino';
import { createLogger } from '../../src/server/logger';
import { securityOptionsFromEnv } from '../../src/server/security-options';
import type { Store } from '../../src/store/store';
import { post, secureApp, useSeededStore } from './secure-app';

const seeded = useSeededStore();

type LogLine = Record<string, any>;

function capturedApp(store: Store = seeded.store) {
  const lines: LogLine[] = [];
  const destination: DestinationStream = { write: (line: string) => void lines.push(JSON.parse(line) as LogLine) };
  const app = secureApp(store, {}, { logger: createLogger('info', destination) });
  return { app, lines, requests: () => lines.filter((l) => l.msg === 'request') };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('the request log', () => {
  it('writes one line per request with its id, operation name, status and duration', async () => {
    const { app, requests } = capturedApp();
    const response = await post(app, { query: 'query CountPeople { people(first: 1) { totalCount } }' });
    expect(requests()).toHaveLength(1);
    const [line] = requests();
    expect(line).toMatchObject({ level: 30, method: 'POST', path: '/graphql', operationName: 'CountPeople', status: 200 });
    expect(typeof line.durationMs).toBe('number');
    expect(line.errorCodes).toBeUndefined();
    expect(line.reqId).toMatch(UUID);
    expect(response.headers.get('x-request-id')).toBe(line.reqId);
  });

  it("honours the client's x-request-id and echoes it back", async () => {
    const { app, requests } = capturedApp();
    const response = await post(app, { query: '{ __typename }' }, { 'x-request-id': 'proxy-42.abc' });
    expect(response.headers.get('x-request-id')).toBe('proxy-42.abc');
    expect(requests()[0].reqId).toBe('proxy-42.abc');
  });

  it('replaces an x-request-id that could forge a log line with a fresh one', async () => {
    const { app, requests } = capturedApp();
    const forged = 'x"}\n{"level":60,"msg":"forged';
    const response = await post(app, { query: '{ __typename }' }, { 'x-request-id': encodeURIComponent(forged) + ' '.repeat(3) + 'y' });
    expect(requests()[0].reqId).toMatch(UUID);
    expect(response.headers.get('x-request-id')).toBe(requests()[0].reqId);
  });

  it('records the codes of refused requests, and names the operation from the document when none is sent', async () => {
    const { app, requests } = capturedApp();
    await post(app, { query: 'query TooBig { people(first: 500) { totalCount } }' });
    expect(requests()[0]).toMatchObject({ operationName: 'TooBig', status: 400, errorCodes: ['FIRST_TOO_LARGE'] });
  });
});

describe('a store failure', () => {
  const sql = 'SELECT e.id, e.name FROM entities e WHERE e.secret_column = $1';
  const failing = () =>
    new Proxy(seeded.store, {
      get(target, property, receiver) {
        if (property === 'listEntities') return () => Promise.reject(new Error(`relation "entities" does not exist: ${sql}`));
        return Reflect.get(target, property, receiver);
      },
    }) as Store;

  it('reaches the client as "Unexpected error." with no SQL, message or stack', async () => {
    const { app } = capturedApp(failing());
    const response = await post(app, { query: '{ people { totalCount } }' });
    expect(response.body.errors!.map((e) => e.message)).toEqual(['Unexpected error.']);
    expect(JSON.stringify(response.body)).not.toMatch(/SELECT|entities|secret_column|relation|stack|\.ts:\d+|node_modules/);
  });

  it('is logged in full on the server, next to a request line with the same request id in the response', async () => {
    const { app, lines, requests } = capturedApp(failing());
    const response = await post(app, { query: '{ people { totalCount } }' });
    const logged = lines.find((l) => l.err);
    expect(logged?.err.message).toContain(sql);
    expect(logged?.err.stack).toMatch(/Error: relation/);
    expect(requests()[0].reqId).toBe(response.headers.get('x-request-id'));
  });
});

describe('securityOptionsFromEnv', () => {
  it('reads every NEWSGRAPH_* setting', () => {
    const options = securityOptionsFromEnv({
      NEWSGRAPH_MAX_DEPTH: '8',
      NEWSGRAPH_MAX_ALIASES: '3',
      NEWSGRAPH_MAX_TOKENS: '400',
      NEWSGRAPH_MAX_DIRECTIVES: '2',
      NEWSGRAPH_MAX_COST: '5000',
      NEWSGRAPH_MAX_FIRST: '50',
      NEWSGRAPH_MAX_BODY_BYTES: '65536',
      NEWSGRAPH_BATCH_LIMIT: '4',
      NEWSGRAPH_TIMEOUT_MS: '2500',
      NEWSGRAPH_TOKEN: 'secret',
      NEWSGRAPH_READ_ONLY: 'true',
      NEWSGRAPH_CORS_ORIGINS: 'https://a.example, https://b.example',
      NEWSGRAPH_INTROSPECTION: 'false',
    });
    expect(options).toEqual({
      maxDepth: 8,
      maxAliases: 3,
      maxTokens: 400,
      maxDirectives: 2,
      maxCost: 5000,
      maxFirst: 50,
      maxBodyBytes: 65536,
      batchLimit: 4,
      timeoutMs: 2500,
      token: 'secret',
      readOnly: true,
      corsOrigins: ['https://a.example', 'https://b.example'],
      introspection: false,
    });
  });

  it('turns introspection off under NODE_ENV=production unless NEWSGRAPH_INTROSPECTION says otherwise', () => {
    expect(securityOptionsFromEnv({}).introspection).toBe(true);
    expect(securityOptionsFromEnv({ NODE_ENV: 'production' }).introspection).toBe(false);
    expect(securityOptionsFromEnv({ NODE_ENV: 'production', NEWSGRAPH_INTROSPECTION: 'true' }).introspection).toBe(true);
  });

  it.each([
    ['NEWSGRAPH_MAX_COST', 'lots', /NEWSGRAPH_MAX_COST must be a whole number, 0 or more \(got "lots"\)/],
    ['NEWSGRAPH_TIMEOUT_MS', '-5', /NEWSGRAPH_TIMEOUT_MS must be a whole number/],
    ['NEWSGRAPH_READ_ONLY', 'yes please', /NEWSGRAPH_READ_ONLY must be true or false \(got "yes please"\)/],
  ])('stops at startup on a malformed %s', (name, value, message) => {
    expect(() => securityOptionsFromEnv({ [name]: value })).toThrow(message);
  });
});

/**
 * GET /health as a load balancer's readiness probe: 200 while the store (and
 * Redis, when configured) answer, 503 naming what is down otherwise, and an
 * answer within the check timeout even when a dependency hangs.
 * /health/live stays up regardless: the process itself is fine.
 */
import { createApp } from '../../src/server/create-app';
import { CHECK_TIMEOUT_MS } from '../../src/server/use-health';
import type { Store } from '../../src/store/store';
import { openTempStore } from './app-harness';

let temp: Awaited<ReturnType<typeof openTempStore>>;
beforeEach(async () => {
  temp = await openTempStore();
});
afterEach(() => temp.close());

/** The temp store, with dataVersion replaced. */
function storeWhoseDataVersion(dataVersion: () => Promise<string>): Store {
  return new Proxy(temp.store, { get: (target, key) => (key === 'dataVersion' ? dataVersion : Reflect.get(target, key)) });
}

async function health(app: ReturnType<typeof createApp>, path = '/health') {
  const response = await app.fetch(`http://newsgraph.test${path}`);
  return { status: response.status, body: path === '/health' ? await response.json() : await response.text() };
}

const quiet = jest.spyOn(console, 'error');
beforeEach(() => quiet.mockImplementation(() => {}));
afterEach(() => quiet.mockReset());

describe('GET /health', () => {
  it('is ready when the store and every extra check answer', async () => {
    const app = createApp({ store: temp.store, readinessChecks: { redis: async () => 'PONG' } });
    expect(await health(app)).toEqual({ status: 200, body: { status: 'ok', checks: { store: 'ok', redis: 'ok' } } });
  });

  it('answers 503 when the store cannot answer, and logs why', async () => {
    const app = createApp({ store: storeWhoseDataVersion(async () => Promise.reject(new Error('database is gone'))) });
    expect(await health(app)).toEqual({ status: 503, body: { status: 'unavailable', checks: { store: 'down' } } });
    expect(quiet).toHaveBeenCalledWith(expect.stringContaining('store is down: database is gone'));
  });

  it('answers 503 when Redis is down though the store is fine', async () => {
    const app = createApp({ store: temp.store, readinessChecks: { redis: async () => Promise.reject(new Error('ECONNREFUSED')) } });
    expect(await health(app)).toEqual({ status: 503, body: { status: 'unavailable', checks: { store: 'ok', redis: 'down' } } });
  });

  it('counts a check that throws at once as down, not as a crash', async () => {
    const app = createApp({
      store: temp.store,
      readinessChecks: {
        redis: () => {
          throw new Error('client closed');
        },
      },
    });
    expect((await health(app)).status).toBe(503);
  });

  it('gives up on a hanging check after the timeout', async () => {
    const app = createApp({ store: storeWhoseDataVersion(() => new Promise<string>(() => {})) });
    const started = Date.now();
    expect(await health(app)).toEqual({ status: 503, body: { status: 'unavailable', checks: { store: 'down' } } });
    const took = Date.now() - started;
    expect(took).toBeGreaterThanOrEqual(CHECK_TIMEOUT_MS - 50);
    expect(took).toBeLessThan(CHECK_TIMEOUT_MS + 2000);
  });

  it('leaves liveness (/health/live) up while readiness is down', async () => {
    const app = createApp({ store: storeWhoseDataVersion(async () => Promise.reject(new Error('down'))) });
    expect((await health(app, '/health/live')).status).toBe(200);
  });
});

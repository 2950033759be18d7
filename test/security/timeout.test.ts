/**
 * The execution timeout, over a store whose reads are slow: the client gets
 * TIMEOUT at the deadline, and no further resolvers start for the abandoned
 * operation.
 */
import type { Store } from '../../src/store/store';
import { codes, post, secureApp, useSeededStore } from './secure-app';

const seeded = useSeededStore();

/** The store with every method answering `delayMs` late, and the names of the methods called, in order. */
function slowStore(store: Store, delayMs: number): { store: Store; calls: string[] } {
  const calls: string[] = [];
  const proxy = new Proxy(store, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver) as unknown;
      if (typeof value !== 'function') return value;
      return async (...args: unknown[]) => {
        calls.push(String(property));
        await new Promise((resolve) => setTimeout(resolve, delayMs));
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { store: proxy, calls };
}

const nested = '{ people(first: 5) { edges { node { name quotes(first: 5) { edges { node { text } } } } } } }';

describe('the execution timeout', () => {
  it('answers 503 TIMEOUT when resolving takes longer than the limit', async () => {
    const slow = slowStore(seeded.store, 1000);
    const app = secureApp(slow.store, { timeoutMs: 100 });
    const started = Date.now();
    const response = await post(app, { query: nested });
    // At the deadline, not when the store would have answered.
    expect(Date.now() - started).toBeLessThan(700);
    expect(response.status).toBe(503);
    expect(codes(response)).toEqual(['TIMEOUT']);
    expect(response.body.errors![0].message).toMatch(/ran longer than 100 ms and was aborted/);
  });

  it('starts no resolver of the next level once the operation is aborted', async () => {
    const slow = slowStore(seeded.store, 150);
    await post(secureApp(slow.store, { timeoutMs: 50 }), { query: nested });
    // People are loaded after the deadline; their quotes must not be asked for.
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(slow.calls.length).toBeGreaterThan(0);
    expect(slow.calls).not.toContain('quotesBySpeaker');
  });

  it('lets the same query finish when the store answers within the limit', async () => {
    const slow = slowStore(seeded.store, 20);
    const response = await post(secureApp(slow.store, { timeoutMs: 2000 }), { query: nested });
    expect(response.status).toBe(200);
    expect(response.body.errors).toBeUndefined();
    expect(slow.calls).toContain('quotesBySpeaker');
  });
});

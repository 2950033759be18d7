/**
 * Loaders live for one request: a request never sees another request's
 * cache, and a store batch that breaks the one-result-per-key rule is caught.
 */
import { createContext } from '../../src/schema/context';
import type { Store } from '../../src/store/store';
import { article } from '../store/extraction-fixture';
import { type Harness, openHarness } from '../server/app-harness';
import { ingestTalks } from './graph-fixtures';

let h: Harness;
beforeEach(async () => {
  h = await openHarness();
  await ingestTalks(h.store);
});
afterEach(() => h.close());

describe('per-request loaders', () => {
  it('give a later request the entity as it is after an ingest, not as an earlier request cached it', async () => {
    const people = await h.query('{ people { edges { node { id name } } } }');
    const berg = people.data!.people.edges.find((e: any) => e.node.name === 'Anna Berg').node;
    const before = await h.query('query ($id: ID!) { node(id: $id) { ... on Entity { aliases mentionCount } } }', { id: berg.id });

    const text = 'Anna Berg, known as the Iron Minister, flew home.';
    await h.store.ingestDocument({ text }, article(text).person('p1', 'Anna Berg', { aliases: ['the Iron Minister'] }).build());

    const after = await h.query('query ($id: ID!) { node(id: $id) { ... on Entity { aliases mentionCount } } }', { id: berg.id });
    expect(after.data!.node.mentionCount).toBeGreaterThan(before.data!.node.mentionCount);
    expect(after.data!.node.aliases).toContain('the Iron Minister');
    expect(before.data!.node.aliases).not.toContain('the Iron Minister');
  });

  it('are a new set for every context', () => {
    const a = createContext(h.store);
    const b = createContext(h.store);
    expect(a.loaders.entity).not.toBe(b.loaders.entity);
    expect(a.loaders.quotesBySpeaker({ page: { offset: 0, limit: 20 } })).not.toBe(b.loaders.quotesBySpeaker({ page: { offset: 0, limit: 20 } }));
  });

  it('share one loader between parents asking for the same page, and use another for another page', () => {
    const { loaders } = createContext(h.store);
    const page = { offset: 0, limit: 20 };
    expect(loaders.quotesBySpeaker({ page, filter: { contains: 'x' } })).toBe(loaders.quotesBySpeaker({ page: { ...page }, filter: { contains: 'x' } }));
    expect(loaders.quotesBySpeaker({ page, filter: { contains: 'x' } })).not.toBe(loaders.quotesBySpeaker({ page, filter: { contains: 'y' } }));
    expect(loaders.quotesBySpeaker({ page })).not.toBe(loaders.quotesBySpeaker({ page: { offset: 20, limit: 20 } }));
  });

  it('reject a store batch that answers with fewer results than keys, naming the contract', async () => {
    const shortBatch = new Proxy(h.store, {
      get(target, property, receiver) {
        if (property === 'getEntities') return async (ids: readonly string[]) => (await target.getEntities(ids)).slice(1);
        return Reflect.get(target, property, receiver);
      },
    }) as Store;
    const { loaders } = createContext(shortBatch);
    await expect(loaders.entity.loadMany(['1', '2'])).resolves.toEqual([
      expect.objectContaining({ message: expect.stringMatching(/returned 1 results for 2 keys; it must return one per key, in key order/) }),
      expect.any(Error),
    ]);
  });
});

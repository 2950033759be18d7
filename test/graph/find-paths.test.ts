import { findPaths } from '../../src/graph/find-paths';
import { edgeStore } from './edge-store';

const options = { maxHops: 4, nodeBudget: 1000, maxPaths: 10 };

function describePaths(paths: { entityIds: string[] }[]): string[] {
  return paths.map((p) => p.entityIds.join('>'));
}

describe('findPaths', () => {
  it('finds the one shortest chain and walks relations against their direction too', async () => {
    // lena -> omar <- kai -> vera: the middle relation points backwards.
    const { store } = edgeStore(['lena-MET->omar', 'kai-MET->omar', 'kai-AFFILIATED_WITH->vera', 'lena-MET->zed']);
    const result = await findPaths(store, 'lena', 'vera', options);
    expect(describePaths(result.paths)).toEqual(['lena>omar>kai>vera']);
    expect(result.paths[0].hops.map((h) => h.edge.sourceId === h.fromId)).toEqual([true, false, true]);
    expect(result.truncated).toBe(false);
  });

  it('returns every chain of the shortest length, strongest first, and no longer ones', async () => {
    const { store } = edgeStore([
      'a-MET->b:0.4',
      'b-MET->z:0.4',
      'a-MET->c:0.9',
      'c-MET->z:0.9',
      // a longer way round that must not appear
      'a-MET->d',
      'd-MET->e',
      'e-MET->z',
    ]);
    const result = await findPaths(store, 'a', 'z', options);
    expect(describePaths(result.paths)).toEqual(['a>c>z', 'a>b>z']);
  });

  it('makes one store call per frontier expansion, whatever the frontier size', async () => {
    // A hub with many neighbours: still one call per layer.
    const spokes = Array.from({ length: 30 }, (_, i) => `hub-MET->s${i}`);
    const { store, calls } = edgeStore([...spokes, 's7-MET->far', 'start-MET->hub']);
    const result = await findPaths(store, 'start', 'far', options);
    expect(describePaths(result.paths)).toEqual(['start>hub>s7>far']);
    expect(calls.length).toBeLessThanOrEqual(3);
    expect(result.storeCalls).toBe(calls.length);
  });

  it('finds nothing beyond maxHops', async () => {
    const { store } = edgeStore(['a-MET->b', 'b-MET->c', 'c-MET->d']);
    expect((await findPaths(store, 'a', 'd', { ...options, maxHops: 2 })).paths).toEqual([]);
    expect(describePaths((await findPaths(store, 'a', 'd', { ...options, maxHops: 3 })).paths)).toEqual(['a>b>c>d']);
  });

  it('finds nothing between entities in separate parts of the graph', async () => {
    const { store } = edgeStore(['a-MET->b', 'c-MET->d']);
    const result = await findPaths(store, 'a', 'd', options);
    expect(result.paths).toEqual([]);
    expect(result.truncated).toBe(false);
  });

  it('stops at the node budget and says the search was cut short', async () => {
    const spokes = Array.from({ length: 50 }, (_, i) => `a-MET->s${i}`);
    const { store } = edgeStore([...spokes, 's49-MET->goal']);
    const result = await findPaths(store, 'a', 'goal', { ...options, nodeBudget: 10 });
    expect(result.truncated).toBe(true);
    expect(result.visitedNodes).toBeLessThanOrEqual(10);
  });

  it('walks only the relation types asked for', async () => {
    const { store } = edgeStore(['a-MET->b', 'b-LOCATED_IN->c', 'a-AFFILIATED_WITH->c']);
    const result = await findPaths(store, 'a', 'c', { ...options, filter: { types: ['MET', 'LOCATED_IN'] } });
    expect(describePaths(result.paths)).toEqual(['a>b>c']);
  });

  it('answers a path from an entity to itself with no hops and no store call', async () => {
    const { store, calls } = edgeStore(['a-MET->b']);
    const result = await findPaths(store, 'a', 'a', options);
    expect(describePaths(result.paths)).toEqual(['a']);
    expect(calls).toEqual([]);
  });
});

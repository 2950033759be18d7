import { neighborhood } from '../../src/graph/neighborhood';
import { edgeStore } from './edge-store';

describe('neighborhood', () => {
  const edges = ['c-MET->a', 'c-MET->b', 'a-LOCATED_IN->x', 'b-MET->a', 'x-LOCATED_IN->far'];

  it('keeps the entities within depth and the relations between them, one store call per layer', async () => {
    const { store, calls } = edgeStore(edges);
    const result = await neighborhood(store, 'c', { depth: 2, nodeLimit: 50 });
    expect(new Map(result.nodes.map((n) => [n.entityId, n.depth]))).toEqual(
      new Map([
        ['c', 0],
        ['a', 1],
        ['b', 1],
        ['x', 2],
      ]),
    );
    const ids = new Set(result.nodes.map((n) => n.entityId));
    for (const edge of result.edges) expect(ids.has(edge.sourceId) && ids.has(edge.targetId)).toBe(true);
    expect(result.edges.map((e) => e.relationId).sort()).toEqual(['r1', 'r2', 'r3', 'r4']);
    expect(calls.length).toBe(2);
    expect(result.truncated).toBe(false);
  });

  it('stops at the node limit and says so, without edges to entities left out', async () => {
    const { store } = edgeStore(edges);
    const result = await neighborhood(store, 'c', { depth: 2, nodeLimit: 2 });
    expect(result.nodes).toHaveLength(2);
    expect(result.truncated).toBe(true);
    const ids = new Set(result.nodes.map((n) => n.entityId));
    for (const edge of result.edges) expect(ids.has(edge.sourceId) && ids.has(edge.targetId)).toBe(true);
  });

  it('follows only the relation types asked for', async () => {
    const { store } = edgeStore(edges);
    const result = await neighborhood(store, 'a', { depth: 1, nodeLimit: 50, filter: { types: ['LOCATED_IN'] } });
    expect(result.nodes.map((n) => n.entityId).sort()).toEqual(['a', 'x']);
  });
});

/**
 * neighborhood: the subgraph around an entity, layer by layer up to `depth`
 * relations away, ONE store call per layer. At most `nodeLimit` entities are
 * kept (nearest first, strongest relations first within a layer); the edges
 * returned are those between kept entities, so the result draws as is.
 */
import type { EdgeFilter, GraphEdge, Store } from '../store/store';

export interface NeighborhoodNode {
  entityId: string;
  /** Relations between this entity and the centre (0 for the centre). */
  depth: number;
}

export interface NeighborhoodResult {
  centerId: string;
  nodes: NeighborhoodNode[];
  edges: GraphEdge[];
  /** True when the node limit left out entities within `depth`. */
  truncated: boolean;
  storeCalls: number;
}

export const MAX_NEIGHBORHOOD_DEPTH = 3;
export const MAX_NEIGHBORHOOD_NODES = 500;

export async function neighborhood(
  store: Store,
  centerId: string,
  options: { depth: number; nodeLimit: number; filter?: EdgeFilter },
): Promise<NeighborhoodResult> {
  const depth = Math.min(Math.max(options.depth, 0), MAX_NEIGHBORHOOD_DEPTH);
  const limit = Math.min(Math.max(options.nodeLimit, 1), MAX_NEIGHBORHOOD_NODES);
  const depthOf = new Map<string, number>([[centerId, 0]]);
  const edges = new Map<string, GraphEdge>();
  let frontier = [centerId];
  let truncated = false;
  let storeCalls = 0;

  for (let layer = 1; layer <= depth && frontier.length > 0; layer++) {
    const found = await store.edgesOf(frontier, options.filter ?? {}, limit * 8);
    storeCalls++;
    if (found.length >= limit * 8) truncated = true;
    const next: string[] = [];
    for (const edge of found) {
      for (const id of [edge.sourceId, edge.targetId]) {
        if (depthOf.has(id)) continue;
        if (depthOf.size >= limit) {
          truncated = true;
          continue;
        }
        depthOf.set(id, layer);
        next.push(id);
      }
      if (depthOf.has(edge.sourceId) && depthOf.has(edge.targetId)) edges.set(edge.relationId, edge);
    }
    frontier = next;
  }
  // Relations among the last layer's entities are not read (that would be depth + 1), which keeps the
  // answer to `depth` relations from the centre.
  return {
    centerId,
    nodes: [...depthOf].map(([entityId, d]) => ({ entityId, depth: d })),
    edges: [...edges.values()],
    truncated,
    storeCalls,
  };
}

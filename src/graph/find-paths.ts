/**
 * findPaths: the shortest chains of relations between two entities, found by
 * a bidirectional breadth-first search. Each step expands the smaller of the
 * two frontiers by one layer with ONE store call (`edgesOf` on the whole
 * frontier), so the cost is a handful of calls whatever the graph's size:
 * two sides of depth 2 answer a 4-hop question in at most 4 calls.
 * Relations are walked in either direction ("Lavrov met Kerry" links Kerry to
 * Lavrov as well); each hop says which way its relation points.
 */
import type { EdgeFilter, GraphEdge, Store } from '../store/store';

export interface PathHop {
  /** The entity the hop leaves from (walking from `from` to `to`). */
  fromId: string;
  toId: string;
  edge: GraphEdge;
}

export interface FoundPath {
  /** from, ..., to */
  entityIds: string[];
  hops: PathHop[];
}

export interface PathSearchOptions {
  /** Longest chain looked for (1..MAX_PATH_HOPS). */
  maxHops: number;
  /** Most entities the search may visit, both sides together. */
  nodeBudget: number;
  /** Most paths returned (all of the shortest length, strongest first). */
  maxPaths: number;
  filter?: EdgeFilter;
}

export interface PathSearchResult {
  paths: FoundPath[];
  /** True when the node budget (or a frontier's edge limit) cut the search short: a path may exist beyond it. */
  truncated: boolean;
  visitedNodes: number;
  storeCalls: number;
}

export const MAX_PATH_HOPS = 6;

interface Side {
  depth: number;
  frontier: string[];
  /** entity -> its distance from this side's origin */
  dist: Map<string, number>;
  /** entity -> the hops that reach it from the previous layer (several when several shortest ways exist) */
  parents: Map<string, { prev: string; edge: GraphEdge }[]>;
}

function newSide(origin: string): Side {
  return { depth: 0, frontier: [origin], dist: new Map([[origin, 0]]), parents: new Map() };
}

export async function findPaths(store: Store, fromId: string, toId: string, options: PathSearchOptions): Promise<PathSearchResult> {
  const maxHops = Math.min(Math.max(options.maxHops, 0), MAX_PATH_HOPS);
  if (fromId === toId) return { paths: [{ entityIds: [fromId], hops: [] }], truncated: false, visitedNodes: 1, storeCalls: 0 };

  const a = newSide(fromId);
  const b = newSide(toId);
  let truncated = false;
  let storeCalls = 0;
  const visited = () => a.dist.size + b.dist.size;

  while (a.depth + b.depth < maxHops && a.frontier.length > 0 && b.frontier.length > 0) {
    const budgetLeft = options.nodeBudget - visited();
    if (budgetLeft <= 0) {
      truncated = true;
      break;
    }
    // Expanding the smaller frontier keeps both searches small (the point of going bidirectional).
    const [side, other] = a.frontier.length <= b.frontier.length ? [a, b] : [b, a];
    const edges = await store.edgesOf(side.frontier, options.filter ?? {}, budgetLeft * 4);
    storeCalls++;
    if (edges.length >= budgetLeft * 4) truncated = true;
    const inFrontier = new Set(side.frontier);
    const next: string[] = [];
    const depth = side.depth + 1;
    // Each edge is walked from whichever of its ends is in the frontier (both, when both are).
    // Written out rather than looping over [[u, v], [v, u]] pairs: a hub's layer is thousands of edges.
    const reach = (u: string, v: string, edge: GraphEdge): void => {
      if (!inFrontier.has(u) || u === v) return;
      const known = side.dist.get(v);
      if (known === undefined) {
        if (visited() >= options.nodeBudget) {
          truncated = true;
          return;
        }
        side.dist.set(v, depth);
        side.parents.set(v, [{ prev: u, edge }]);
        next.push(v);
      } else if (known === depth) {
        const parents = side.parents.get(v)!;
        if (!parents.some((p) => p.prev === u && p.edge.relationId === edge.relationId)) parents.push({ prev: u, edge });
      }
    };
    for (const edge of edges) {
      reach(edge.sourceId, edge.targetId, edge);
      reach(edge.targetId, edge.sourceId, edge);
    }
    side.depth = depth;
    side.frontier = next;

    // The sides meet on the new layer: every meeting node of the least total length gives shortest paths.
    const meets = next.filter((id) => other.dist.has(id));
    if (meets.length > 0) {
      const best = Math.min(...meets.map((id) => depth + other.dist.get(id)!));
      const at = meets.filter((id) => depth + other.dist.get(id)! === best);
      return { paths: assemble(a, b, at, options.maxPaths), truncated, visitedNodes: visited(), storeCalls };
    }
  }
  return { paths: [], truncated, visitedNodes: visited(), storeCalls };
}

/** Chains from a side's origin to `id`, as hops in walking order (origin first). */
function chainsTo(side: Side, id: string, cap: number): PathHop[][] {
  const parents = side.parents.get(id);
  if (!parents) return [[]];
  const out: PathHop[][] = [];
  for (const { prev, edge } of parents) {
    for (const chain of chainsTo(side, prev, cap)) {
      out.push([...chain, { fromId: prev, toId: id, edge }]);
      if (out.length >= cap) return out;
    }
  }
  return out;
}

function assemble(a: Side, b: Side, meets: string[], maxPaths: number): FoundPath[] {
  const paths: FoundPath[] = [];
  const seen = new Set<string>();
  // Enough candidates to rank, not so many that a hub's combinations explode.
  const cap = Math.max(maxPaths * 4, 20);
  for (const meet of meets) {
    for (const head of chainsTo(a, meet, cap)) {
      for (const tail of chainsTo(b, meet, cap)) {
        // b's chains run from `to` towards the meeting node: reverse them to walk on to `to`.
        const back = tail.reverse().map((hop) => ({ fromId: hop.toId, toId: hop.fromId, edge: hop.edge }));
        const hops = [...head, ...back];
        const key = hops.map((h) => h.edge.relationId).join(',');
        if (seen.has(key)) continue;
        seen.add(key);
        paths.push({ entityIds: [hops[0].fromId, ...hops.map((h) => h.toId)], hops });
        if (paths.length >= cap) break;
      }
    }
  }
  return paths.sort((x, y) => pathStrength(y) - pathStrength(x) || keyOf(x).localeCompare(keyOf(y))).slice(0, maxPaths);
}

/** A chain is as believable as the product of its links' confidences. */
export function pathStrength(path: FoundPath): number {
  return path.hops.reduce((p, hop) => p * hop.edge.confidence, 1);
}

function keyOf(path: FoundPath): string {
  return path.hops.map((h) => h.edge.relationId).join(',');
}

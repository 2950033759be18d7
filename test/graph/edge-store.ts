/**
 * A Store stand-in that knows only edges (what findPaths and neighborhood
 * read), counting its calls: graph walks are tested on graphs drawn by hand.
 */
import type { GraphEdge, Store } from '../../src/store/store';

export interface EdgeStore {
  store: Store;
  calls: string[][];
}

/** `edges` as "a-TYPE->b" strings, e.g. "lena-MET->omar"; confidence 0.5 unless ":0.9" is appended. */
export function edgeStore(edges: string[]): EdgeStore {
  const parsed: GraphEdge[] = edges.map((spec, i) => {
    const m = /^(\w+)-(\w+)->(\w+)(?::([\d.]+))?$/.exec(spec);
    if (!m) throw new Error(`bad edge spec ${spec}`);
    return { relationId: `r${i + 1}`, type: m[2], sourceId: m[1], targetId: m[3], confidence: m[4] ? Number(m[4]) : 0.5 };
  });
  const calls: string[][] = [];
  const store = {
    edgesOf: async (ids: readonly string[], filter: { types?: string[] }, limit: number) => {
      calls.push([...ids]);
      return parsed
        .filter((e) => ids.includes(e.sourceId) || ids.includes(e.targetId))
        .filter((e) => !filter.types || filter.types.includes(e.type))
        .sort((a, b) => b.confidence - a.confidence)
        .slice(0, limit);
    },
  } as unknown as Store;
  return { store, calls };
}

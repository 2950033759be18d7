/**
 * What every export format renders: the whole graph (exportGraph) plus the
 * small lookups the formats share (entities by id).
 */
import type { GraphExport } from '../export-graph';
import type { EntityRecord } from '../model';

export type ExportedEntity = GraphExport['entities'][number];

export function entitiesById(graph: GraphExport): Map<string, EntityRecord> {
  return new Map(graph.entities.map((e) => [e.id, e]));
}

/** Ids unique across kinds (entity 3 and quote 3 are different things): "e3", "q3", "d3". */
export const exportId = {
  entity: (id: string) => `e${id}`,
  quote: (id: string) => `q${id}`,
  document: (id: string) => `d${id}`,
};

/** The graph as newsgraph's own JSON (the shape of exportGraph). */
import type { GraphExport } from '../export-graph';

export function toJson(graph: GraphExport): string {
  return JSON.stringify(graph, null, 2) + '\n';
}

/**
 * The graph as two CSV tables (RFC 4180): nodes (one row per entity) and
 * edges (one row per relation), the import format of Gephi's spreadsheet
 * importer and of most tools.
 */
import type { GraphExport } from '../export-graph';
import { exportId } from './graph-snapshot';

/** A field is quoted when it holds a comma, a quote or a line break; quotes inside are doubled. */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function row(values: (string | number | null)[]): string {
  return values.map(csvField).join(',') + '\r\n';
}

export interface CsvTables {
  nodes: string;
  edges: string;
}

export function toCsv(graph: GraphExport): CsvTables {
  const nodes =
    row(['id', 'label', 'type', 'mentions', 'salience', 'latitude', 'longitude']) +
    graph.entities.map((e) => row([exportId.entity(e.id), e.name, e.type, e.mentionCount, e.salience, e.latitude, e.longitude])).join('');
  const edges =
    row(['id', 'source', 'target', 'type', 'confidence', 'evidence']) +
    graph.relations
      .map((r) => row([`r${r.id}`, exportId.entity(r.sourceId), exportId.entity(r.targetId), r.type, r.confidence, r.evidence.length]))
      .join('');
  return { nodes, edges };
}

/**
 * The export formats, by name: what `newsgraph export --format` and the
 * server's /export.{format} route offer. CSV is two tables; as one file it is
 * the nodes table, a blank line, then the edges table.
 */
import type { GraphExport } from '../export-graph';
import { toCsv } from './to-csv';
import { toCypher } from './to-cypher';
import { toGraphMl } from './to-graphml';
import { toJson } from './to-json';
import { toJsonLd } from './to-json-ld';

export interface ExportFormat {
  mediaType: string;
  render(graph: GraphExport): string;
}

export const EXPORT_FORMATS = {
  json: { mediaType: 'application/json; charset=utf-8', render: toJson },
  jsonld: { mediaType: 'application/ld+json; charset=utf-8', render: toJsonLd },
  graphml: { mediaType: 'application/graphml+xml; charset=utf-8', render: toGraphMl },
  csv: {
    mediaType: 'text/csv; charset=utf-8',
    render: (graph: GraphExport) => {
      const { nodes, edges } = toCsv(graph);
      return `${nodes}\r\n${edges}`;
    },
  },
  cypher: { mediaType: 'text/plain; charset=utf-8', render: toCypher },
} satisfies Record<string, ExportFormat>;

export type ExportFormatName = keyof typeof EXPORT_FORMATS;

export function isExportFormat(name: string): name is ExportFormatName {
  return Object.prototype.hasOwnProperty.call(EXPORT_FORMATS, name);
}

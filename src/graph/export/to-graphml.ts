/**
 * The graph as GraphML, for Gephi, yEd or networkx: one node per entity
 * (label, type, mention count, coordinates for places) and one directed edge
 * per relation (type, confidence).
 */
import type { GraphExport } from '../export-graph';
import { exportId } from './graph-snapshot';

/** The five characters XML gives meaning to, in text and in attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

const KEYS = [
  ['label', 'node', 'string'],
  ['type', 'node', 'string'],
  ['mentions', 'node', 'int'],
  ['latitude', 'node', 'double'],
  ['longitude', 'node', 'double'],
  ['relation', 'edge', 'string'],
  ['confidence', 'edge', 'double'],
] as const;

function data(key: string, value: string | number | null): string {
  return value === null ? '' : `<data key="${key}">${escapeXml(String(value))}</data>`;
}

export function toGraphMl(graph: GraphExport): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...KEYS.map(([id, on, type]) => `  <key id="${id}" for="${on}" attr.name="${id}" attr.type="${type}"/>`),
    '  <graph id="newsgraph" edgedefault="directed">',
  ];
  const known = new Set<string>();
  for (const e of graph.entities) {
    known.add(e.id);
    lines.push(
      `    <node id="${exportId.entity(e.id)}">${data('label', e.name)}${data('type', e.type)}${data('mentions', e.mentionCount)}${data('latitude', e.latitude)}${data('longitude', e.longitude)}</node>`,
    );
  }
  for (const r of graph.relations) {
    if (!known.has(r.sourceId) || !known.has(r.targetId)) continue;
    lines.push(
      `    <edge id="r${r.id}" source="${exportId.entity(r.sourceId)}" target="${exportId.entity(r.targetId)}">${data('relation', r.type)}${data('confidence', r.confidence)}</edge>`,
    );
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}

/**
 * The graph as Cypher for a Neo4j import (cypher-shell < graph.cypher): one
 * CREATE per entity, labelled by type and keyed by `id`, then one
 * MATCH ... CREATE per relation. Strings are single-quoted Cypher literals.
 */
import type { GraphExport } from '../export-graph';
import { exportId } from './graph-snapshot';

/** A Cypher string literal: backslashes and single quotes escaped, line breaks as \n. */
export function cypherString(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\r/g, '\\r').replace(/\n/g, '\\n')}'`;
}

function value(v: string | number | string[]): string {
  if (Array.isArray(v)) return `[${v.map(cypherString).join(', ')}]`;
  return typeof v === 'number' ? String(v) : cypherString(v);
}

function properties(props: Record<string, string | number | string[] | null>): string {
  const parts = Object.entries(props)
    .filter(([, v]) => v !== null)
    .map(([k, v]) => `${k}: ${value(v as string | number | string[])}`);
  return `{${parts.join(', ')}}`;
}

/** Relation types become relationship types; anything but letters, digits and _ would need backquotes. */
function relationshipType(type: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(type) ? type : `\`${type.replace(/`/g, '``')}\``;
}

export function toCypher(graph: GraphExport): string {
  const lines: string[] = [];
  for (const e of graph.entities) {
    lines.push(
      `CREATE (:${e.type} ${properties({ id: exportId.entity(e.id), name: e.name, aliases: e.aliases, mentionCount: e.mentionCount, latitude: e.latitude, longitude: e.longitude })});`,
    );
  }
  const known = new Set(graph.entities.map((e) => e.id));
  for (const r of graph.relations) {
    if (!known.has(r.sourceId) || !known.has(r.targetId)) continue;
    lines.push(
      `MATCH (a {id: ${cypherString(exportId.entity(r.sourceId))}}), (b {id: ${cypherString(exportId.entity(r.targetId))}}) CREATE (a)-[:${relationshipType(r.type)} ${properties({ confidence: r.confidence })}]->(b);`,
    );
  }
  for (const q of graph.quotes) {
    lines.push(`CREATE (:Quote ${properties({ id: exportId.quote(q.id), text: q.text, direct: q.direct ? 1 : 0 })});`);
    if (q.speakerId && known.has(q.speakerId)) {
      lines.push(`MATCH (s {id: ${cypherString(exportId.entity(q.speakerId))}}), (q:Quote {id: ${cypherString(exportId.quote(q.id))}}) CREATE (s)-[:SAID]->(q);`);
    }
  }
  return lines.join('\n') + '\n';
}

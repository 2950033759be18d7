/**
 * The graph as schema.org JSON-LD: Person, Organization, Place, Event,
 * Quotation and NewsArticle nodes in one @graph. Relations become the
 * schema.org properties that mean the same thing (an event's `location` and
 * `attendee`, a place's `containedInPlace`, a person's `affiliation` and
 * `knows`); a relation with no schema.org counterpart is left out.
 */
import type { GraphExport } from '../export-graph';
import { exportId } from './graph-snapshot';

const SCHEMA_TYPE = { Person: 'Person', Organization: 'Organization', Location: 'Place', Event: 'Event' } as const;

type Node = Record<string, unknown> & { '@id': string };

function ref(id: string): { '@id': string } {
  return { '@id': `_:${exportId.entity(id)}` };
}

function add(node: Node, property: string, value: unknown): void {
  const existing = node[property];
  node[property] = existing === undefined ? value : Array.isArray(existing) ? [...existing, value] : [existing, value];
}

export function toJsonLd(graph: GraphExport): string {
  const nodes = new Map<string, Node>();
  for (const entity of graph.entities) {
    const node: Node = { '@id': ref(entity.id)['@id'], '@type': SCHEMA_TYPE[entity.type], name: entity.name };
    if (entity.aliases.length > 0) node.alternateName = entity.aliases;
    if (entity.type === 'Location' && entity.latitude !== null && entity.longitude !== null) {
      node.geo = { '@type': 'GeoCoordinates', latitude: entity.latitude, longitude: entity.longitude };
    }
    if (entity.type === 'Event' && entity.timeDate) node.startDate = entity.timeDate;
    if (entity.roles) node.jobTitle = entity.roles.map((r) => r.title);
    nodes.set(entity.id, node);
  }
  for (const relation of graph.relations) {
    const source = nodes.get(relation.sourceId);
    const target = nodes.get(relation.targetId);
    if (!source || !target) continue;
    switch (relation.type) {
      case 'PARTICIPATED_IN':
        add(target, 'attendee', ref(relation.sourceId));
        break;
      case 'OCCURRED_IN':
        add(source, 'location', ref(relation.targetId));
        break;
      case 'LOCATED_IN':
        add(source, source['@type'] === 'Place' ? 'containedInPlace' : 'location', ref(relation.targetId));
        break;
      case 'AFFILIATED_WITH':
        add(source, source['@type'] === 'Person' ? 'affiliation' : 'parentOrganization', ref(relation.targetId));
        break;
      case 'MET':
        // knows is symmetric in meaning: state it on both ends.
        add(source, 'knows', ref(relation.targetId));
        add(target, 'knows', ref(relation.sourceId));
        break;
    }
  }
  const quotes: Node[] = graph.quotes.map((quote) => ({
    '@id': `_:${exportId.quote(quote.id)}`,
    '@type': 'Quotation',
    text: quote.text,
    ...(quote.speakerId ? { spokenByCharacter: ref(quote.speakerId) } : {}),
    ...(quote.aboutIds.length > 0 ? { about: quote.aboutIds.map(ref) } : {}),
    isPartOf: { '@id': `_:${exportId.document(quote.documentId)}` },
  }));
  const documents: Node[] = graph.documents.map((document) => ({
    '@id': `_:${exportId.document(document.id)}`,
    '@type': 'NewsArticle',
    ...(document.title ? { headline: document.title } : {}),
    ...(document.publishedAt ? { datePublished: document.publishedAt } : {}),
    ...(document.source ? { publisher: document.source } : {}),
  }));
  const doc = { '@context': 'https://schema.org', '@graph': [...nodes.values(), ...quotes, ...documents] };
  return JSON.stringify(doc, null, 2) + '\n';
}

/**
 * The analyst's graph questions: how two entities are connected (`path`),
 * what surrounds an entity (`neighborhood`), what it did and said in date
 * order (`timeline`), and who appears with it (`cooccurrences`). Each is a
 * root field taking global ids and, for use under a `search` result, a field
 * of every Entity. The walking happens in src/graph (findPaths,
 * neighborhood); the counting in the store (SQL).
 */
import { ENTITY_TYPES } from '../extract/types';
import { findPaths, MAX_PATH_HOPS, pathStrength, type FoundPath, type PathHop, type PathSearchResult } from '../graph/find-paths';
import { MAX_NEIGHBORHOOD_DEPTH, MAX_NEIGHBORHOOD_NODES, neighborhood, type NeighborhoodNode, type NeighborhoodResult } from '../graph/neighborhood';
import type { EntityType } from '../graph/model';
import type { Cooccurrence, CooccurrenceScope, EdgeFilter, GraphEdge, TimelineItem } from '../store/store';
import { badUserInput } from './bad-user-input';
import { builder } from './builder';
import { connectionArgs } from './connection-args';
import { resolveConnection } from './connection-from-page';
import type { GraphQLContext } from './context';
import type { CooccurrenceQuery } from './graph-loaders';
import { DocumentRef } from './document';
import { EntityRef } from './entity';
import { EntityTypeEnum } from './entity-type';
import { EventRef } from './event';
import { QuoteRef } from './quote';
import { RelationRef } from './relation';
import { RelationTypeEnum, relationTypeOf, type RelationTypeValue } from './relation-type';

/** Default and ceiling of the entities a path search may visit: bounds the work of one request. */
const PATH_NODE_BUDGET = 2000;
const DEFAULT_NEIGHBORHOOD_NODES = 50;
/**
 * Graph walks one request may ask for. Each walk is bounded, but `pathsTo` or
 * `neighborhood` under a list of 100 entities would be 100 walks: an unbounded
 * query in disguise. Counted per request (the context is per request).
 */
export const MAX_WALKS_PER_REQUEST = 10;
const walksByRequest = new WeakMap<GraphQLContext, number>();

function countWalk(ctx: GraphQLContext, field: string): void {
  const walks = (walksByRequest.get(ctx) ?? 0) + 1;
  walksByRequest.set(ctx, walks);
  if (walks > MAX_WALKS_PER_REQUEST) {
    throw badUserInput(`${field}: at most ${MAX_WALKS_PER_REQUEST} path or neighborhood questions per request; ask for fewer entities at once`);
  }
}

// ---- shapes -------------------------------------------------------------------------

export const GraphEdgeRef = builder.objectRef<GraphEdge>('GraphEdge');
GraphEdgeRef.implement({
  description: 'A relation as an edge of a drawing: its type, its two ends (ids of entities in `nodes`) and its confidence.',
  fields: (t) => ({
    id: t.globalID({ description: 'Global id of the relation (fetch its evidence with `node(id:)`).', resolve: (e) => ({ type: 'Relation', id: e.relationId }) }),
    type: t.field({ type: RelationTypeEnum, description: 'What kind of relation.', resolve: (e) => relationTypeOf(e.type) }),
    label: t.exposeString('type', { description: 'The exact relation type (UPPER_SNAKE), also for types outside the enum.' }),
    source: t.globalID({ description: 'Global id of the entity the relation starts from.', resolve: (e, _a, ctx) => entityGlobalId(ctx, e.sourceId) }),
    target: t.globalID({ description: 'Global id of the entity the relation points to.', resolve: (e, _a, ctx) => entityGlobalId(ctx, e.targetId) }),
    confidence: t.exposeFloat('confidence', { description: '0..1, the best confidence over the documents that state it.' }),
    relation: t.field({ type: RelationRef, description: 'The relation itself, with its evidence.', resolve: (e, _a, ctx) => loadRelation(ctx, e.relationId) }),
  }),
});

const PathHopRef = builder.objectRef<PathHop>('PathHop');
PathHopRef.implement({
  description: 'One link of a chain: a relation walked from one entity to the next, with where the documents state it.',
  fields: (t) => ({
    from: t.field({ type: EntityRef, description: 'The entity this hop leaves from.', resolve: (h) => h.fromId }),
    to: t.field({ type: EntityRef, description: 'The entity this hop arrives at.', resolve: (h) => h.toId }),
    type: t.field({ type: RelationTypeEnum, description: 'What kind of relation links them.', resolve: (h) => relationTypeOf(h.edge.type) }),
    forward: t.boolean({
      description: 'True when the relation points the way the chain walks (from is its source); false when walked backwards.',
      resolve: (h) => h.edge.sourceId === h.fromId,
    }),
    confidence: t.float({ description: '0..1, how sure the extractor is of this relation.', resolve: (h) => h.edge.confidence }),
    relation: t.field({ type: RelationRef, description: 'The relation, with its evidence (the sentences that state it).', resolve: (h, _a, ctx) => loadRelation(ctx, h.edge.relationId) }),
  }),
});

const PathRef = builder.objectRef<FoundPath>('Path');
PathRef.implement({
  description: 'A chain of relations from one entity to another, shortest first.',
  fields: (t) => ({
    length: t.int({ description: 'Number of relations in the chain.', resolve: (p) => p.hops.length }),
    confidence: t.float({ description: 'Product of the hops\' confidences: how believable the whole chain is, 0..1.', resolve: (p) => pathStrength(p) }),
    entities: t.field({ type: [EntityRef], description: 'The entities along the chain, from the first to the last.', resolve: (p) => p.entityIds }),
    hops: t.field({ type: [PathHopRef], description: 'The relations along the chain, in walking order, each with its evidence.', resolve: (p) => p.hops }),
  }),
});

const PathSearchRef = builder.objectRef<PathSearchResult>('PathSearch');
PathSearchRef.implement({
  description: 'The answer to "how are these two connected?": every shortest chain found (strongest first), and how far the search went.',
  fields: (t) => ({
    paths: t.field({ type: [PathRef], description: 'The shortest chains, strongest first; empty when none within maxHops.', resolve: (r) => r.paths }),
    truncated: t.exposeBoolean('truncated', {
      description: 'True when the search hit its node budget before finishing: a chain may exist that it did not reach.',
    }),
    visitedNodes: t.exposeInt('visitedNodes', { description: 'Entities the search visited (both directions together).' }),
  }),
});

const NeighborhoodNodeRef = builder.objectRef<NeighborhoodNode>('NeighborhoodNode');
NeighborhoodNodeRef.implement({
  description: 'An entity of a neighborhood, with its distance from the centre.',
  fields: (t) => ({
    id: t.globalID({ description: 'Global id of the entity (what edges\' source and target refer to).', resolve: (n, _a, ctx) => entityGlobalId(ctx, n.entityId) }),
    depth: t.exposeInt('depth', { description: 'Relations between this entity and the centre (0 for the centre).' }),
    entity: t.field({ type: EntityRef, description: 'The entity.', resolve: (n) => n.entityId }),
  }),
});

const NeighborhoodRef = builder.objectRef<NeighborhoodResult>('Neighborhood');
NeighborhoodRef.implement({
  description: 'The subgraph around an entity, ready to draw: nodes and the edges between them.',
  fields: (t) => ({
    center: t.field({ type: EntityRef, description: 'The entity at the centre.', resolve: (n) => n.centerId }),
    nodes: t.field({ type: [NeighborhoodNodeRef], description: 'The entities within `depth` relations, nearest first.', resolve: (n) => n.nodes }),
    edges: t.field({ type: [GraphEdgeRef], description: 'The relations between those entities.', resolve: (n) => n.edges }),
    truncated: t.exposeBoolean('truncated', { description: 'True when the node limit left out entities within `depth`.' }),
  }),
});

const TimelineEntryKindEnum = builder.enumType('TimelineEntryKind', {
  description: 'What a timeline entry is.',
  values: {
    EVENT: { value: 'EVENT' as const, description: 'An event the entity took part in (or that happened at the place).' },
    QUOTE: { value: 'QUOTE' as const, description: 'Something the entity said.' },
  },
});

const TimelineDateSourceEnum = builder.enumType('TimelineDateSource', {
  description: 'Where the date of a timeline entry comes from.',
  values: {
    EVENT: { value: 'EVENT' as const, description: 'The event\'s own date, resolved from the text.' },
    PUBLICATION: { value: 'PUBLICATION' as const, description: 'The publication date of the document that reports it.' },
    NONE: { value: 'NONE' as const, description: 'No date known: ordered after dated entries, in document order.' },
  },
});

const TimelineEntryRef = builder.objectRef<TimelineItem>('TimelineEntry');
TimelineEntryRef.implement({
  description: 'An event or a quote on an entity\'s timeline.',
  fields: (t) => ({
    kind: t.field({ type: TimelineEntryKindEnum, description: 'Event or quote.', resolve: (i) => i.kind }),
    date: t.exposeString('date', { nullable: true, description: 'The date the entry is ordered by (YYYY-MM-DD), when known.' }),
    dateSource: t.field({ type: TimelineDateSourceEnum, description: 'Where `date` comes from.', resolve: (i) => i.dateSource }),
    event: t.field({ type: EventRef, nullable: true, description: 'The event, for an EVENT entry.', resolve: (i, _a, ctx) => (i.kind === 'EVENT' ? ctx.loaders.entity.load(i.id) : null) }),
    quote: t.field({ type: QuoteRef, nullable: true, description: 'The quote, for a QUOTE entry.', resolve: (i, _a, ctx) => (i.kind === 'QUOTE' ? ctx.loaders.quote.load(i.id) : null) }),
    document: t.field({
      type: DocumentRef,
      nullable: true,
      description: 'The document that reports it (for an event, the one that first mentions it).',
      resolve: (i, _a, ctx) => (i.documentId === null ? null : ctx.loaders.document.load(i.documentId)),
    }),
  }),
});

export const TimelineConnection = builder.connectionObject(
  { type: TimelineEntryRef, name: 'TimelineConnection', description: 'A page of an entity\'s timeline, in date order.' },
  { name: 'TimelineEdge', description: 'A timeline entry in a page, with its cursor.' },
);

const CooccurrenceScopeEnum = builder.enumType('CooccurrenceScope', {
  description: 'How close two entities must be named to count as appearing together.',
  values: {
    SENTENCE: { value: 'SENTENCE' as const, description: 'In the same sentence.' },
    DOCUMENT: { value: 'DOCUMENT' as const, description: 'In the same document.' },
  },
});

const CooccurrenceRef = builder.objectRef<Cooccurrence>('Cooccurrence');
CooccurrenceRef.implement({
  description: 'An entity named together with another one, and how often.',
  fields: (t) => ({
    entity: t.field({ type: EntityRef, description: 'The other entity.', resolve: (c) => c.entityId }),
    count: t.exposeInt('count', { description: 'Sentences (SENTENCE scope) or documents (DOCUMENT scope) naming both.' }),
    documentCount: t.exposeInt('documentCount', { description: 'Documents in which both are named together (in one sentence, for SENTENCE scope).' }),
  }),
});

export const CooccurrenceConnection = builder.connectionObject(
  { type: CooccurrenceRef, name: 'CooccurrenceConnection', description: 'A page of co-occurring entities, most frequent first.' },
  { name: 'CooccurrenceEdge', description: 'A co-occurring entity in a page, with its cursor.' },
);

// ---- helpers ---------------------------------------------------------------------

async function loadRelation(ctx: GraphQLContext, id: string) {
  const relation = await ctx.loaders.relation.load(id);
  if (!relation) throw new Error(`no relation with store id ${id}: an edge points at a relation the store does not have`);
  return relation;
}

async function entityGlobalId(ctx: GraphQLContext, id: string): Promise<{ type: string; id: string }> {
  const entity = await ctx.loaders.entity.load(id);
  if (!entity) throw new Error(`no entity with store id ${id}: a relation points at an entity the store does not have`);
  return { type: entity.type, id };
}

function entityIdOf(field: string, arg: { typename: string; id: string }): string {
  if (!(ENTITY_TYPES as readonly string[]).includes(arg.typename)) {
    throw badUserInput(`${field}: expected the id of an entity (Person, Organization, Location or Event), got the id of a ${arg.typename}`);
  }
  return arg.id;
}

/** OTHER is not a stored type: asking only for OTHER edges finds none, as the RelationType filter elsewhere. */
function edgeFilter(types: readonly RelationTypeValue[] | null | undefined): EdgeFilter {
  return types && types.length > 0 ? { types: types.map(String) } : {};
}

/** The loader's filter: plain JSON, so equal arguments share one loader (one store call). */
function cooccurrenceQuery(args: { scope?: CooccurrenceScope | null; types?: readonly EntityType[] | null }): CooccurrenceQuery {
  return { scope: args.scope ?? 'SENTENCE', types: args.types && args.types.length > 0 ? [...args.types] : null };
}

function checkWhole(field: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) throw badUserInput(`${field} must be between ${min} and ${max}, got ${value}`);
  return value;
}

function searchPaths(ctx: GraphQLContext, fromId: string, toId: string, args: { maxHops?: number | null; maxPaths?: number | null; types?: readonly RelationTypeValue[] | null }) {
  countWalk(ctx, 'path');
  return findPaths(ctx.store, fromId, toId, {
    maxHops: checkWhole('maxHops', args.maxHops ?? 4, 1, MAX_PATH_HOPS),
    maxPaths: checkWhole('maxPaths', args.maxPaths ?? 10, 1, 50),
    nodeBudget: PATH_NODE_BUDGET,
    filter: edgeFilter(args.types),
  });
}

function aroundEntity(ctx: GraphQLContext, id: string, args: { depth?: number | null; limit?: number | null; types?: readonly RelationTypeValue[] | null }) {
  countWalk(ctx, 'neighborhood');
  return neighborhood(ctx.store, id, {
    depth: checkWhole('depth', args.depth ?? 1, 0, MAX_NEIGHBORHOOD_DEPTH),
    nodeLimit: checkWhole('limit', args.limit ?? DEFAULT_NEIGHBORHOOD_NODES, 1, MAX_NEIGHBORHOOD_NODES),
    filter: edgeFilter(args.types),
  });
}

// ---- argument sets shared by the root fields and the Entity fields -------------------

const pathArgs = builder.args((t) => ({
  maxHops: t.int({ defaultValue: 4, description: `Longest chain looked for, 1..${MAX_PATH_HOPS}.` }),
  maxPaths: t.int({ defaultValue: 10, description: 'Most chains returned (all of the shortest length, strongest first), 1..50.' }),
  types: t.field({ type: [RelationTypeEnum], description: 'Walk only relations of these types (all types when omitted).' }),
}));

const neighborhoodArgs = builder.args((t) => ({
  depth: t.int({ defaultValue: 1, description: `How many relations away from the centre, 0..${MAX_NEIGHBORHOOD_DEPTH}.` }),
  types: t.field({ type: [RelationTypeEnum], description: 'Follow only relations of these types (all types when omitted).' }),
  limit: t.int({ defaultValue: DEFAULT_NEIGHBORHOOD_NODES, description: `Most entities returned, centre included, 1..${MAX_NEIGHBORHOOD_NODES}.` }),
}));

const cooccurrenceArgs = builder.args((t) => ({
  ...connectionArgs,
  scope: t.field({ type: CooccurrenceScopeEnum, defaultValue: 'SENTENCE', description: 'Same sentence (default) or same document.' }),
  types: t.field({ type: [EntityTypeEnum], description: 'Only co-occurring entities of these types.' }),
}));

// ---- root fields ---------------------------------------------------------------------

builder.queryFields((t) => ({
  path: t.field({
    type: PathSearchRef,
    description:
      'How two entities are connected: the shortest chains of relations between them (either direction), each hop with its evidence. Bounded by maxHops and a node budget.',
    args: {
      from: t.arg.globalID({ required: true, description: 'Global id of the entity to start from.' }),
      to: t.arg.globalID({ required: true, description: 'Global id of the entity to reach.' }),
      ...pathArgs,
    },
    resolve: (_root, args, ctx) => searchPaths(ctx, entityIdOf('path: from', args.from), entityIdOf('path: to', args.to), args),
  }),
  neighborhood: t.field({
    type: NeighborhoodRef,
    description: 'The subgraph around an entity: the entities within `depth` relations and the relations between them, ready to draw.',
    args: { id: t.arg.globalID({ required: true, description: 'Global id of the entity at the centre.' }), ...neighborhoodArgs },
    resolve: (_root, args, ctx) => aroundEntity(ctx, entityIdOf('neighborhood: id', args.id), args),
  }),
  timeline: t.field({
    type: TimelineConnection,
    description: 'What an entity did and said, in date order: event date, else publication date, else document order.',
    args: { ...connectionArgs, entity: t.arg.globalID({ required: true, description: 'Global id of the entity.' }) },
    resolve: (_root, args, ctx) => {
      const id = entityIdOf('timeline: entity', args.entity);
      return resolveConnection(args, (page) => ctx.loaders.graph.timelineByEntity({ page }).load(id));
    },
  }),
  cooccurrences: t.field({
    type: CooccurrenceConnection,
    description: 'Who is named in the same sentences (or documents) as an entity, most often first; counted by the store.',
    args: { ...cooccurrenceArgs, entity: t.arg.globalID({ required: true, description: 'Global id of the entity.' }) },
    resolve: (_root, args, ctx) => {
      const id = entityIdOf('cooccurrences: entity', args.entity);
      return resolveConnection(args, (page) => ctx.loaders.graph.cooccurrencesByEntity({ page, filter: cooccurrenceQuery(args) }).load(id));
    },
  }),
}));

// ---- the same questions from an entity (e.g. under a search result) -------------------

builder.interfaceFields(EntityRef, (t) => ({
  pathsTo: t.field({
    type: PathSearchRef,
    description:
      `How this entity is connected to another one, named by words of its name (the best \`search\` match) or by its global id: the shortest chains of relations with their evidence. At most ${MAX_WALKS_PER_REQUEST} path or neighborhood questions per request.`,
    args: {
      name: t.arg.string({ description: 'Words of the other entity\'s name, e.g. "Islamic State".' }),
      id: t.arg.globalID({ description: 'Global id of the other entity (instead of name).' }),
      ...pathArgs,
    },
    resolve: async (entity, args, ctx) => {
      let toId: string | null = null;
      if (args.id) toId = entityIdOf('pathsTo: id', args.id);
      else if (args.name && args.name.trim() !== '') toId = (await ctx.store.searchEntities(args.name, {}, { offset: 0, limit: 1 })).items[0]?.id ?? null;
      else throw badUserInput('pathsTo: give the other entity\'s name or id');
      if (toId === null) return { paths: [], truncated: false, visitedNodes: 0, storeCalls: 0 };
      return searchPaths(ctx, entity.id, toId, args);
    },
  }),
  neighborhood: t.field({
    type: NeighborhoodRef,
    description: `The subgraph around this entity, ready to draw (see Query.neighborhood); at most ${MAX_WALKS_PER_REQUEST} path or neighborhood questions per request.`,
    args: neighborhoodArgs,
    resolve: (entity, args, ctx) => aroundEntity(ctx, entity.id, args),
  }),
  timeline: t.field({
    type: TimelineConnection,
    description: 'What this entity did and said, in date order (see Query.timeline).',
    args: connectionArgs,
    resolve: (entity, args, ctx) => resolveConnection(args, (page) => ctx.loaders.graph.timelineByEntity({ page }).load(entity.id)),
  }),
  cooccurrences: t.field({
    type: CooccurrenceConnection,
    description: 'Who is named in the same sentences (or documents) as this entity, most often first.',
    args: cooccurrenceArgs,
    resolve: (entity, args, ctx) =>
      resolveConnection(args, (page) => ctx.loaders.graph.cooccurrencesByEntity({ page, filter: cooccurrenceQuery(args) }).load(entity.id)),
  }),
}));

/**
 * The Entity interface: what people, organizations, locations and events share.
 * Its fields carry their resolvers, so the four object types inherit them.
 * Resolvers that point at an entity return its store id; the dataloader
 * plugin loads the record through the request's `entity` loader.
 */
import type { EntityRecord } from '../graph/model';
import { builder } from './builder';
import { documentFilterArgs, isFiltered, MentionFilterInput, relationFilterArgs, toDocumentWhere, toMentionWhere, toRelationWhere } from './filters';
import { connectionArgs } from './connection-args';
import { resolveConnection } from './connection-from-page';
import { DocumentConnection } from './document';
import { EntityTypeEnum } from './entity-type';
import { MentionConnection } from './mention';
import { RelationConnection } from './relation';
import { RELATION_TYPE_FILTER, RelationTypeEnum } from './relation-type';

export const EntityRef = builder.loadableInterface('Entity', {
  description: 'A named thing the articles talk about.',
  interfaces: [builder.nodeInterfaceRef()],
  // The plugin's per-request loader turns the ids resolvers return into records;
  // it delegates to ctx.loaders.entity so that a request has one cache and one
  // store call per batch, shared with resolvers that use that loader directly.
  load: (ids: string[], ctx) => ctx.loaders.entity.loadMany(ids).then((records) => records.map((r, i) => r ?? missing(ids[i]))),
  resolveType: (entity) => entity.type,
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Canonical name, e.g. "John Kerry".' }),
    aliases: t.exposeStringList('aliases', {
      description: 'Other names seen in the articles, e.g. "Kerry", "U.S. Secretary of State John Kerry".',
    }),
    type: t.field({
      type: EntityTypeEnum,
      description: 'Which kind of entity this is (also told by __typename).',
      resolve: (entity) => entity.type,
    }),
    salience: t.exposeFloat('salience', {
      description: 'How central the entity is to the articles that mention it, 0..1 (the highest over documents).',
    }),
    confidence: t.exposeFloat('confidence', { description: 'How sure the extractor is that this entity is real and of this type, 0..1.' }),
    mentionCount: t.exposeInt('mentionCount', { description: 'Number of places in all documents where the entity is named.' }),
    mentions: t.field({
      type: MentionConnection,
      description: 'Every place in every document where this entity is named.',
      args: {
        ...connectionArgs,
        filter: t.arg({ type: MentionFilterInput, description: 'Only mentions meeting these conditions (computed by the store).' }),
      },
      resolve: (entity, args, ctx) => {
        if (args.filter == null) return resolveConnection(args, (page) => ctx.loaders.mentionsByEntity({ page }).load(entity.id));
        const filter = toMentionWhere(args.filter);
        return resolveConnection(args, (page) => ctx.loaders.analyst.mentionsByEntity({ page, filter }).load(entity.id));
      },
    }),
    documents: t.field({
      type: DocumentConnection,
      description: 'Documents that mention this entity.',
      args: { ...connectionArgs, ...documentFilterArgs },
      resolve: (entity, args, ctx) => {
        if (!isFiltered(args)) return resolveConnection(args, (page) => ctx.loaders.documentsByEntity({ page }).load(entity.id));
        const query = { where: toDocumentWhere(args.filter), order: args.orderBy ?? 'INGESTED' } as const;
        return resolveConnection(args, (page) => ctx.loaders.analyst.documentsByEntity({ page, filter: query }).load(entity.id));
      },
    }),
    relations: t.field({
      type: RelationConnection,
      description: 'Relations in which this entity takes part, either end.',
      args: {
        ...connectionArgs,
        type: t.arg({ type: RelationTypeEnum, description: RELATION_TYPE_FILTER }),
        ...relationFilterArgs,
      },
      resolve: (entity, args, ctx) => {
        if (isFiltered(args)) {
          const query = { where: toRelationWhere(args.filter, args.type), order: args.orderBy ?? 'CONFIDENCE' } as const;
          return resolveConnection(args, (page) => ctx.loaders.analyst.relationsByEntity({ page, filter: query }).load(entity.id));
        }
        const filter = args.type ? { type: args.type } : {};
        return resolveConnection(args, (page) => ctx.loaders.relationsByEntity({ page, filter }).load(entity.id));
      },
    }),
  }),
});

function missing(id: string): Error {
  return new Error(`no entity with store id ${id}: a fact points at an entity the store does not have`);
}

/** Whether a loaded value is an entity of the given type (for isTypeOf and node lookups). */
export function isEntityOfType(value: unknown, type: EntityRecord['type']): value is EntityRecord {
  return typeof value === 'object' && value !== null && 'mentionCount' in value && (value as EntityRecord).type === type;
}

export const EntityConnection = builder.connectionObject(
  { type: EntityRef, name: 'EntityConnection', description: 'A page of entities of any type.' },
  { name: 'EntityEdge', description: 'An entity in a page, with its cursor.' },
);

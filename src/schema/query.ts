import { ENTITY_TYPES } from '../extract/types';
import { badUserInput } from './bad-user-input';
import { builder } from './builder';
import { connectionArgs } from './connection-args';
import { resolveConnection } from './connection-from-page';
import { DocumentConnection } from './document';
import { EntityConnection } from './entity';
import { EntityTypeEnum } from './entity-type';
import { EventConnection } from './event';
import { LocationConnection } from './location';
import { OrganizationConnection } from './organization';
import { PersonConnection } from './person';
import { QuoteConnection } from './quote';
import { RelationConnection } from './relation';
import { RELATION_TYPE_FILTER, RelationTypeEnum } from './relation-type';
import { StatsRef } from './stats';
import {
  documentFilterArgs,
  EntityFilterInput,
  entityFilterArgs,
  eventFilterArgs,
  isFiltered,
  quoteFilterArgs,
  relationFilterArgs,
  toDocumentWhere,
  toEntityWhere,
  toEventWhere,
  toQuoteWhere,
  toRelationWhere,
} from './filters';

builder.queryFields((t) => ({
  stats: t.field({
    type: StatsRef,
    description: 'How big the graph is: documents, entities, quotes, relations, mentions.',
    resolve: (_root, _args, ctx) => ctx.store.stats(),
  }),
  search: t.field({
    type: EntityConnection,
    description: 'Entities whose name or alias matches, best first.',
    args: {
      ...connectionArgs,
      query: t.arg.string({ required: true, description: 'Words of a name or alias, e.g. "Kerry".' }),
      types: t.arg({ type: [EntityTypeEnum], description: 'Only entities of these types.' }),
      filter: t.arg({ type: EntityFilterInput, description: 'Only entities meeting these conditions as well (computed by the store).' }),
    },
    resolve: (_root, args, ctx) => {
      if (args.query.trim() === '') throw badUserInput('search: query must not be empty');
      const filter = args.types ? { types: args.types } : {};
      if (args.filter != null) {
        const where = toEntityWhere(args.filter);
        if (args.types) where.types = where.types ? where.types.filter((type) => args.types!.includes(type)) : args.types;
        return resolveConnection(args, (page) => ctx.store.searchEntitiesWhere(args.query, where, page));
      }
      return resolveConnection(args, (page) => ctx.store.searchEntities(args.query, filter, page));
    },
  }),
  people: t.field({
    type: PersonConnection,
    description: 'People, most mentioned first.',
    args: { ...connectionArgs, ...entityFilterArgs },
    resolve: (_root, args, ctx) =>
      isFiltered(args)
        ? resolveConnection(args, (page) => ctx.store.findEntities(toEntityWhere(args.filter, 'Person'), args.orderBy ?? 'MENTIONS', page))
        : resolveConnection(args, (page) => ctx.store.listEntities({ types: ['Person'] }, page)),
  }),
  organizations: t.field({
    type: OrganizationConnection,
    description: 'Organizations, most mentioned first.',
    args: { ...connectionArgs, ...entityFilterArgs },
    resolve: (_root, args, ctx) =>
      isFiltered(args)
        ? resolveConnection(args, (page) => ctx.store.findEntities(toEntityWhere(args.filter, 'Organization'), args.orderBy ?? 'MENTIONS', page))
        : resolveConnection(args, (page) => ctx.store.listEntities({ types: ['Organization'] }, page)),
  }),
  locations: t.field({
    type: LocationConnection,
    description: 'Locations, most mentioned first.',
    args: { ...connectionArgs, ...entityFilterArgs },
    resolve: (_root, args, ctx) =>
      isFiltered(args)
        ? resolveConnection(args, (page) => ctx.store.findEntities(toEntityWhere(args.filter, 'Location'), args.orderBy ?? 'MENTIONS', page))
        : resolveConnection(args, (page) => ctx.store.listEntities({ types: ['Location'] }, page)),
  }),
  events: t.field({
    type: EventConnection,
    description: 'Events, most mentioned first.',
    args: { ...connectionArgs, ...eventFilterArgs },
    resolve: (_root, args, ctx) =>
      isFiltered(args)
        ? resolveConnection(args, (page) => ctx.store.findEntities(toEventWhere(args.filter), args.orderBy ?? 'MENTIONS', page))
        : resolveConnection(args, (page) => ctx.store.listEntities({ types: ['Event'] }, page)),
  }),
  entities: t.field({
    type: EntityConnection,
    description: 'Entities of every type (or of the types given), most mentioned first.',
    args: {
      ...connectionArgs,
      types: t.arg({ type: [EntityTypeEnum], description: 'Only entities of these types.' }),
      ...entityFilterArgs,
    },
    resolve: (_root, args, ctx) => {
      if (!isFiltered(args)) {
        return resolveConnection(args, (page) => ctx.store.listEntities(args.types ? { types: args.types } : {}, page));
      }
      const where = toEntityWhere(args.filter);
      if (args.types) where.types = where.types ? where.types.filter((type) => args.types!.includes(type)) : args.types;
      return resolveConnection(args, (page) => ctx.store.findEntities(where, args.orderBy ?? 'MENTIONS', page));
    },
  }),
  quotes: t.field({
    type: QuoteConnection,
    description: 'Who said what: filter by speaker id and/or words in the quote.',
    args: {
      ...connectionArgs,
      speaker: t.arg.globalID({ description: 'Global id of the speaking entity (a Person or Organization id).' }),
      contains: t.arg.string({ description: 'Only quotes containing these words (case-insensitive).' }),
      ...quoteFilterArgs,
    },
    resolve: (_root, args, ctx) => {
      if (args.speaker && !(ENTITY_TYPES as readonly string[]).includes(args.speaker.typename)) {
        throw badUserInput(`quotes: speaker must be the id of an entity, got the id of a ${args.speaker.typename}`);
      }
      const filter = {
        ...(args.speaker ? { speakerId: args.speaker.id } : {}),
        ...(args.contains ? { contains: args.contains } : {}),
      };
      if (isFiltered(args)) {
        // speaker/contains arguments and the filter's conditions all hold.
        const where = { ...toQuoteWhere(args.filter) };
        if (filter.contains && where.contains) throw badUserInput('quotes: give `contains` as an argument or in `filter`, not both');
        if (filter.contains) where.contains = filter.contains;
        // Two different speakers cannot both have said a quote: the list is then empty.
        if (filter.speakerId) where.speakerIds = (where.speakerIds ?? [filter.speakerId]).filter((id) => id === filter.speakerId);
        return resolveConnection(args, (page) => ctx.store.findQuotes(where, args.orderBy ?? 'POSITION', page));
      }
      return resolveConnection(args, (page) => ctx.store.listQuotes(filter, page));
    },
  }),
  relations: t.field({
    type: RelationConnection,
    description: 'Relations between entities, optionally of one type.',
    args: { ...connectionArgs, type: t.arg({ type: RelationTypeEnum, description: RELATION_TYPE_FILTER }), ...relationFilterArgs },
    resolve: (_root, args, ctx) =>
      isFiltered(args)
        ? resolveConnection(args, (page) => ctx.store.findRelations(toRelationWhere(args.filter, args.type), args.orderBy ?? 'CONFIDENCE', page))
        : resolveConnection(args, (page) => ctx.store.listRelations(args.type ? { type: args.type } : {}, page)),
  }),
  documents: t.field({
    type: DocumentConnection,
    description: 'Ingested documents.',
    args: { ...connectionArgs, ...documentFilterArgs },
    resolve: (_root, args, ctx) =>
      isFiltered(args)
        ? resolveConnection(args, (page) => ctx.store.findDocuments(toDocumentWhere(args.filter), args.orderBy ?? 'INGESTED', page))
        : resolveConnection(args, (page) => ctx.store.listDocuments(page)),
  }),
}));

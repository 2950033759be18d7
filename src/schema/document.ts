import type { DocumentRecord } from '../graph/model';
import { builder } from './builder';
import { entityFilterArgs, eventFilterArgs, isFiltered, quoteFilterArgs, toEntityWhere, toEventWhere, toQuoteWhere } from './filters';
import { connectionArgs } from './connection-args';
import { resolveConnection } from './connection-from-page';
import { EntityConnection } from './entity';
import { EntityTypeEnum } from './entity-type';
import { EventConnection } from './event';
import { QuoteConnection } from './quote';

export const DocumentRef = builder.objectRef<DocumentRecord>('Document');

builder.node(DocumentRef, {
  description: 'An ingested article: its text and what was extracted from it.',
  isTypeOf: (value) => typeof value === 'object' && value !== null && 'contentHash' in value,
  id: { resolve: (document) => document.id },
  loadMany: (ids, ctx) => ids.map((id) => ctx.loaders.document.load(id)),
  fields: (t) => ({
    title: t.exposeString('title', { nullable: true, description: 'Headline, when the article has one.' }),
    publishedAt: t.exposeString('publishedAt', { nullable: true, description: 'Publication date (YYYY-MM-DD), when known.' }),
    source: t.exposeString('source', { nullable: true, description: 'Where the article comes from (agency, site or file), when given.' }),
    text: t.exposeString('text', { description: 'The full text as ingested; every span offset points into it.' }),
    ingestedAt: t.exposeString('ingestedAt', { description: 'When it was ingested (ISO 8601 timestamp).' }),
    entities: t.field({
      type: EntityConnection,
      description: 'Entities this document mentions, most mentioned first.',
      args: {
        ...connectionArgs,
        types: t.arg({ type: [EntityTypeEnum], description: 'Only entities of these types.' }),
        ...entityFilterArgs,
      },
      resolve: (document, args, ctx) => {
        const filter = args.types ? { types: args.types } : {};
        if (!isFiltered(args)) return resolveConnection(args, (page) => ctx.loaders.entitiesByDocument({ page, filter }).load(document.id));
        const where = toEntityWhere(args.filter);
        if (args.types) where.types = where.types ? where.types.filter((type) => args.types!.includes(type)) : args.types;
        const query = { where, order: args.orderBy ?? 'SALIENCE' } as const;
        return resolveConnection(args, (page) => ctx.loaders.analyst.entitiesBy('entitiesByDocument', { page, filter: query }).load(document.id));
      },
    }),
    quotes: t.field({
      type: QuoteConnection,
      description: 'Quotes in this document.',
      args: { ...connectionArgs, ...quoteFilterArgs },
      resolve: (document, args, ctx) => {
        if (!isFiltered(args)) return resolveConnection(args, (page) => ctx.loaders.quotesByDocument({ page }).load(document.id));
        const query = { where: toQuoteWhere(args.filter), order: args.orderBy ?? 'POSITION' } as const;
        return resolveConnection(args, (page) => ctx.loaders.analyst.quotesBy('quotesByDocument', { page, filter: query }).load(document.id));
      },
    }),
    events: t.field({
      type: EventConnection,
      description: 'Events this document reports.',
      args: { ...connectionArgs, ...eventFilterArgs },
      resolve: (document, args, ctx) => {
        if (!isFiltered(args)) return resolveConnection(args, (page) => ctx.loaders.eventsByDocument({ page }).load(document.id));
        const query = { where: toEventWhere(args.filter), order: args.orderBy ?? 'SALIENCE' } as const;
        return resolveConnection(args, (page) => ctx.loaders.analyst.entitiesBy('eventsByDocument', { page, filter: query }).load(document.id));
      },
    }),
  }),
});

export const DocumentConnection = builder.connectionObject(
  { type: DocumentRef, name: 'DocumentConnection', description: 'A page of documents.' },
  { name: 'DocumentEdge', description: 'A document in a page, with its cursor.' },
);

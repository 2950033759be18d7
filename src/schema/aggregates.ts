/**
 * Figures for dashboards, counted by the store in SQL (GROUP BY), never by
 * loading the rows: quotes per speaker, events per kind and per place, and an
 * entity's mentions per document.
 */
import type { DocumentTally, EntityTally, KindTally } from '../store/store';
import { builder } from './builder';
import { connectionArgs } from './connection-args';
import { resolveConnection } from './connection-from-page';
import { DocumentRef } from './document';
import { EntityRef } from './entity';
import { EventKindEnum } from './event-kind';
import { LocationRef } from './location';

const EntityCountRef = builder.objectRef<EntityTally>('EntityCount');
EntityCountRef.implement({
  description: 'An entity and how many of something it has.',
  fields: (t) => ({
    entity: t.field({ type: EntityRef, description: 'The entity counted.', resolve: (tally) => tally.entityId }),
    count: t.exposeInt('count', { description: 'How many.' }),
  }),
});

const PlaceCountRef = builder.objectRef<EntityTally>('PlaceCount');
PlaceCountRef.implement({
  description: 'A place and how many events took place there.',
  fields: (t) => ({
    location: t.field({
      type: LocationRef,
      description: 'The place.',
      resolve: async (tally, _args, ctx) => (await ctx.loaders.entity.load(tally.entityId))!,
    }),
    count: t.exposeInt('count', { description: 'Events that took place there.' }),
  }),
});

const KindCountRef = builder.objectRef<KindTally>('EventKindCount');
KindCountRef.implement({
  description: 'A kind of event and how many events of that kind the graph holds.',
  fields: (t) => ({
    kind: t.field({ type: EventKindEnum, description: 'The kind.', resolve: (tally) => tally.kind }),
    count: t.exposeInt('count', { description: 'Events of this kind.' }),
  }),
});

const DocumentCountRef = builder.objectRef<DocumentTally>('DocumentCount');
DocumentCountRef.implement({
  description: 'A document and how many times it names an entity.',
  fields: (t) => ({
    document: t.field({
      type: DocumentRef,
      description: 'The document.',
      resolve: async (tally, _args, ctx) => (await ctx.loaders.document.load(tally.documentId))!,
    }),
    count: t.exposeInt('count', { description: 'Name mentions of the entity in this document (pronouns excluded).' }),
  }),
});

const EntityCountConnection = builder.connectionObject(
  { type: EntityCountRef, name: 'EntityCountConnection', description: 'A page of entities with a count, highest first.' },
  { name: 'EntityCountEdge', description: 'An entity with its count, and its cursor.' },
);
const PlaceCountConnection = builder.connectionObject(
  { type: PlaceCountRef, name: 'PlaceCountConnection', description: 'A page of places with their event counts, highest first.' },
  { name: 'PlaceCountEdge', description: 'A place with its event count, and its cursor.' },
);
const DocumentCountConnection = builder.connectionObject(
  { type: DocumentCountRef, name: 'DocumentCountConnection', description: 'A page of documents with a count, highest first.' },
  { name: 'DocumentCountEdge', description: 'A document with its count, and its cursor.' },
);

/** The root of the dashboard figures; each field is one SQL aggregate. */
const AggregatesRef = builder.objectRef<Record<string, never>>('Aggregates');
AggregatesRef.implement({
  description: 'Counts for dashboards, computed by the store with GROUP BY.',
  fields: (t) => ({
    quotesPerSpeaker: t.field({
      type: EntityCountConnection,
      description: 'Speakers by number of quotes attributed to them, most first.',
      args: connectionArgs,
      resolve: (_root, args, ctx) => resolveConnection(args, (page) => ctx.store.quotesPerSpeaker(page)),
    }),
    eventsPerKind: t.field({
      type: [KindCountRef],
      description: 'Events per kind, most first; kinds without events are left out.',
      resolve: (_root, _args, ctx) => ctx.store.eventsPerKind(),
    }),
    eventsPerPlace: t.field({
      type: PlaceCountConnection,
      description: 'Places by number of events that took place there, most first.',
      args: connectionArgs,
      resolve: (_root, args, ctx) => resolveConnection(args, (page) => ctx.store.eventsPerPlace(page)),
    }),
  }),
});

builder.queryFields((t) => ({
  aggregates: t.field({
    type: AggregatesRef,
    description: 'Counts for dashboards: quotes per speaker, events per kind and per place.',
    resolve: () => ({}),
  }),
}));

builder.interfaceFields(EntityRef, (t) => ({
  mentionsPerDocument: t.field({
    type: DocumentCountConnection,
    description: 'How often each document names this entity, most first.',
    args: connectionArgs,
    resolve: (entity, args, ctx) => resolveConnection(args, (page) => ctx.loaders.analyst.mentionsPerDocument({ page }).load(entity.id)),
  }),
}));

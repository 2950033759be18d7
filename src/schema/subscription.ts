/**
 * Live updates over Server-Sent Events (Yoga's built-in transport): a client
 * subscribes with `Accept: text/event-stream` and receives one event per
 * ingested document and per entity it created or changed. Events carry ids;
 * the records are loaded when the event is resolved, so a subscriber sees
 * the graph as it is after the ingest's transaction.
 */
import type { DocumentIngestedEvent, EntityUpdatedEvent, GraphEvents } from '../graph/graph-events';
import { builder } from './builder';
import type { GraphQLContext } from './context';
import { DocumentRef } from './document';
import { EntityRef } from './entity';
import { EntityTypeEnum } from './entity-type';
import { IngestCountsRef } from './ingest-counts';

const DocumentIngestedRef = builder.objectRef<DocumentIngestedEvent>('DocumentIngested');
DocumentIngestedRef.implement({
  description: 'A new document entered the graph.',
  fields: (t) => ({
    document: t.field({
      type: DocumentRef,
      description: 'The document, with everything extracted from it (its entities, quotes, events).',
      resolve: async (event, _args, ctx) => {
        const document = await ctx.loaders.document.load(event.documentId);
        if (!document) throw new Error(`no document with store id ${event.documentId}: an event announced a document the store does not have`);
        return document;
      },
    }),
    counts: t.field({ type: IngestCountsRef, description: 'What the ingest wrote.', resolve: (event) => event.counts }),
  }),
});

const EntityUpdatedRef = builder.objectRef<EntityUpdatedEvent>('EntityUpdated');
EntityUpdatedRef.implement({
  description: 'An entity was created or merged with new mentions by an ingest.',
  fields: (t) => ({
    entity: t.field({ type: EntityRef, description: 'The entity as it is now.', resolve: (event) => event.entityId }),
    document: t.field({
      type: DocumentRef,
      description: 'The document whose ingest changed it.',
      resolve: async (event, _args, ctx) => {
        const document = await ctx.loaders.document.load(event.documentId);
        if (!document) throw new Error(`no document with store id ${event.documentId}: an event announced a document the store does not have`);
        return document;
      },
    }),
  }),
});

function eventsOf(ctx: GraphQLContext): GraphEvents {
  if (!ctx.events) throw new Error('this server publishes no live events (createApp was given none)');
  return ctx.events;
}

builder.subscriptionType({ description: 'Live updates, over Server-Sent Events (send `Accept: text/event-stream`).' });

builder.subscriptionFields((t) => ({
  documentIngested: t.field({
    type: DocumentIngestedRef,
    description: 'One event per document ingested from now on, through this server or, when the servers share a Redis (REDIS_URL), through any of them.',
    subscribe: (_root, _args, ctx) => eventsOf(ctx).subscribeDocumentIngested(),
    resolve: (event) => event,
  }),
  entityUpdated: t.field({
    type: EntityUpdatedRef,
    description: 'One event per entity that an ingest created or gave new mentions, from now on.',
    args: { types: t.arg({ type: [EntityTypeEnum], description: 'Only entities of these types.' }) },
    subscribe: (_root, args, ctx) => filterEntities(eventsOf(ctx).subscribeEntityUpdated(), ctx, args.types ?? null),
    resolve: (event) => event,
  }),
}));

/** Keeps the events of entities of the wanted types (all when `types` is null). */
async function* filterEntities(
  source: AsyncIterable<EntityUpdatedEvent>,
  ctx: GraphQLContext,
  types: readonly string[] | null,
): AsyncIterable<EntityUpdatedEvent> {
  for await (const event of source) {
    if (types === null) {
      yield event;
      continue;
    }
    const entity = await ctx.loaders.entity.load(event.entityId);
    if (entity && types.includes(entity.type)) yield event;
  }
}

/**
 * GraphEvents within one process, over graphql-yoga's createPubSub: enough for
 * one server (subscribers see the ingests made through that server). Several
 * processes share theirs through Redis instead (redis-events.ts, REDIS_URL).
 */
import { createPubSub } from 'graphql-yoga';
import type { DocumentIngestedEvent, EntityUpdatedEvent, GraphEvents } from '../graph/graph-events';

export function createInProcessEvents(): GraphEvents {
  const pubSub = createPubSub<{ documentIngested: [DocumentIngestedEvent]; entityUpdated: [EntityUpdatedEvent] }>();
  return {
    documentIngested: (event) => pubSub.publish('documentIngested', event),
    entityUpdated: (event) => pubSub.publish('entityUpdated', event),
    subscribeDocumentIngested: () => pubSub.subscribe('documentIngested'),
    subscribeEntityUpdated: () => pubSub.subscribe('entityUpdated'),
  };
}

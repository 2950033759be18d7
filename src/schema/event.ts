import { builder } from './builder';
import { EntityRef, isEntityOfType } from './entity';
import { loadEntitiesOfType } from './load-entities-of-type';
import { EventKindEnum } from './event-kind';
import { LocationRef } from './location';
import { ParticipationRef } from './participation';
import { TimeExpressionRef } from './time-expression';
import type { EntityRecord } from '../graph/model';

export const EventRef = builder.objectRef<EntityRecord>('Event');

builder.node(EventRef, {
  description: 'Something that happened: who took part, where and when.',
  interfaces: () => [EntityRef],
  isTypeOf: (value) => isEntityOfType(value, 'Event'),
  id: { resolve: (event) => event.id },
  loadMany: loadEntitiesOfType('Event'),
  fields: (t) => ({
    kind: t.field({
      type: EventKindEnum,
      description: 'Meeting, news conference, attack, negotiation...',
      resolve: (event) => event.eventKind ?? 'OTHER',
    }),
    participants: t.field({
      type: [ParticipationRef],
      description: 'Who took part, with the role the article gives them.',
      resolve: (event, _args, ctx) => ctx.loaders.participantsByEvent.load(event.id),
    }),
    locations: t.field({
      type: [LocationRef],
      description: 'Where it happened.',
      resolve: (event, _args, ctx) => ctx.loaders.locationsByEvent.load(event.id),
    }),
    time: t.field({
      type: TimeExpressionRef,
      nullable: true,
      description: 'When it happened, as written ("on Thursday") and resolved where possible.',
      resolve: (event) => (event.timeText ? { text: event.timeText, date: event.timeDate } : null),
    }),
  }),
});

export const EventConnection = builder.connectionObject(
  { type: EventRef, name: 'EventConnection', description: 'A page of events.' },
  { name: 'EventEdge', description: 'An event in a page, with its cursor.' },
);

import { builder } from './builder';
import { connectionArgs } from './connection-args';
import { resolveConnection } from './connection-from-page';
import { EntityConnection, EntityRef, isEntityOfType } from './entity';
import { loadEntitiesOfType } from './load-entities-of-type';
import { EventConnection } from './event';
import { QuoteConnection } from './quote';
import { RoleRef } from './role';
import type { EntityRecord } from '../graph/model';

export const PersonRef = builder.objectRef<EntityRecord>('Person');

builder.node(PersonRef, {
  description: 'A person the articles name: who they are, what they said, whom they met.',
  interfaces: () => [EntityRef],
  isTypeOf: (value) => isEntityOfType(value, 'Person'),
  id: { resolve: (person) => person.id },
  loadMany: loadEntitiesOfType('Person'),
  fields: (t) => ({
    roles: t.field({
      type: [RoleRef],
      description: 'Titles held, e.g. Secretary of State of the United States.',
      resolve: (person, _args, ctx) => ctx.loaders.rolesByPerson.load(person.id),
    }),
    quotes: t.field({
      type: QuoteConnection,
      description: 'What this person said (direct quotes first).',
      args: {
        ...connectionArgs,
        contains: t.arg.string({ description: 'Only quotes containing these words (case-insensitive).' }),
      },
      resolve: (person, args, ctx) => {
        const filter = args.contains ? { contains: args.contains } : {};
        return resolveConnection(args, (page) => ctx.loaders.quotesBySpeaker({ page, filter }).load(person.id));
      },
    }),
    met: t.field({
      type: EntityConnection,
      description: 'Entities this person met (MET relations).',
      args: connectionArgs,
      resolve: (person, args, ctx) => resolveConnection(args, (page) => ctx.loaders.metByEntity({ page }).load(person.id)),
    }),
    events: t.field({
      type: EventConnection,
      description: 'Events this person took part in.',
      args: connectionArgs,
      resolve: (person, args, ctx) => resolveConnection(args, (page) => ctx.loaders.eventsByParticipant({ page }).load(person.id)),
    }),
  }),
});

export const PersonConnection = builder.connectionObject(
  { type: PersonRef, name: 'PersonConnection', description: 'A page of people.' },
  { name: 'PersonEdge', description: 'A person in a page, with its cursor.' },
);

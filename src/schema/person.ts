import { builder } from './builder';
import { entityFilterArgs, eventFilterArgs, isFiltered, quoteFilterArgs, toEntityWhere, toEventWhere } from './filters';
import { connectionArgs } from './connection-args';
import { resolveConnection } from './connection-from-page';
import { EntityConnection, EntityRef, isEntityOfType } from './entity';
import { loadEntitiesOfType } from './load-entities-of-type';
import { EventConnection } from './event';
import { QuoteConnection } from './quote';
import { resolveSpokenQuotes } from './spoken-quotes';
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
        ...quoteFilterArgs,
      },
      resolve: (person, args, ctx) => resolveSpokenQuotes(person.id, args, ctx),
    }),
    met: t.field({
      type: EntityConnection,
      description: 'Entities this person met (MET relations).',
      args: { ...connectionArgs, ...entityFilterArgs },
      resolve: (person, args, ctx) => {
        if (!isFiltered(args)) return resolveConnection(args, (page) => ctx.loaders.metByEntity({ page }).load(person.id));
        const query = { where: toEntityWhere(args.filter), order: args.orderBy ?? 'MENTIONS' } as const;
        return resolveConnection(args, (page) => ctx.loaders.analyst.entitiesBy('metByEntity', { page, filter: query }).load(person.id));
      },
    }),
    events: t.field({
      type: EventConnection,
      description: 'Events this person took part in.',
      args: { ...connectionArgs, ...eventFilterArgs },
      resolve: (person, args, ctx) => {
        if (!isFiltered(args)) return resolveConnection(args, (page) => ctx.loaders.eventsByParticipant({ page }).load(person.id));
        const query = { where: toEventWhere(args.filter), order: args.orderBy ?? 'DATE_DESC' } as const;
        return resolveConnection(args, (page) => ctx.loaders.analyst.entitiesBy('eventsByParticipant', { page, filter: query }).load(person.id));
      },
    }),
  }),
});

export const PersonConnection = builder.connectionObject(
  { type: PersonRef, name: 'PersonConnection', description: 'A page of people.' },
  { name: 'PersonEdge', description: 'A person in a page, with its cursor.' },
);

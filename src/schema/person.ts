import { builder } from './builder';
import { badUserInput } from './bad-user-input';
import { entityFilterArgs, eventFilterArgs, isFiltered, quoteFilterArgs, toEntityWhere, toEventWhere, toQuoteWhere } from './filters';
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
        ...quoteFilterArgs,
      },
      resolve: (person, args, ctx) => {
        const filter = args.contains ? { contains: args.contains } : {};
        if (isFiltered(args)) {
          const where = toQuoteWhere(args.filter);
          if (args.contains && where.contains) throw badUserInput('quotes: give `contains` as an argument or in `filter`, not both');
          if (args.contains) where.contains = args.contains;
          const query = { where, order: args.orderBy ?? 'DIRECT_FIRST' } as const;
          return resolveConnection(args, (page) => ctx.loaders.analyst.quotesBy('quotesBySpeaker', { page, filter: query }).load(person.id));
        }
        return resolveConnection(args, (page) => ctx.loaders.quotesBySpeaker({ page, filter }).load(person.id));
      },
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

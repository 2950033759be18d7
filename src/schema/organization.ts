import { builder } from './builder';
import { entityFilterArgs, eventFilterArgs, isFiltered, quoteFilterArgs, toEntityWhere, toEventWhere } from './filters';
import { connectionArgs } from './connection-args';
import { resolveConnection } from './connection-from-page';
import { EntityRef, isEntityOfType } from './entity';
import { loadEntitiesOfType } from './load-entities-of-type';
import { EventConnection } from './event';
import { PersonConnection } from './person';
import { QuoteConnection } from './quote';
import { resolveSpokenQuotes } from './spoken-quotes';
import type { EntityRecord } from '../graph/model';

export const OrganizationRef = builder.objectRef<EntityRecord>('Organization');

builder.node(OrganizationRef, {
  description: 'An organization: a government, ministry, company, party, armed group.',
  interfaces: () => [EntityRef],
  isTypeOf: (value) => isEntityOfType(value, 'Organization'),
  id: { resolve: (org) => org.id },
  loadMany: loadEntitiesOfType('Organization'),
  fields: (t) => ({
    quotes: t.field({
      type: QuoteConnection,
      description: 'What this organization said through statements attributed to it (direct quotes first).',
      args: {
        ...connectionArgs,
        contains: t.arg.string({ description: 'Only quotes containing these words (case-insensitive).' }),
        ...quoteFilterArgs,
      },
      resolve: (org, args, ctx) => resolveSpokenQuotes(org.id, args, ctx),
    }),
    members: t.field({
      type: PersonConnection,
      description: 'People holding a role in this organization.',
      args: { ...connectionArgs, ...entityFilterArgs },
      resolve: (org, args, ctx) => {
        if (!isFiltered(args)) return resolveConnection(args, (page) => ctx.loaders.membersByOrganization({ page }).load(org.id));
        const query = { where: toEntityWhere(args.filter, 'Person'), order: args.orderBy ?? 'MENTIONS' } as const;
        return resolveConnection(args, (page) => ctx.loaders.analyst.entitiesBy('membersByOrganization', { page, filter: query }).load(org.id));
      },
    }),
    events: t.field({
      type: EventConnection,
      description: 'Events this organization took part in.',
      args: { ...connectionArgs, ...eventFilterArgs },
      resolve: (org, args, ctx) => {
        if (!isFiltered(args)) return resolveConnection(args, (page) => ctx.loaders.eventsByParticipant({ page }).load(org.id));
        const query = { where: toEventWhere(args.filter), order: args.orderBy ?? 'DATE_DESC' } as const;
        return resolveConnection(args, (page) => ctx.loaders.analyst.entitiesBy('eventsByParticipant', { page, filter: query }).load(org.id));
      },
    }),
  }),
});

export const OrganizationConnection = builder.connectionObject(
  { type: OrganizationRef, name: 'OrganizationConnection', description: 'A page of organizations.' },
  { name: 'OrganizationEdge', description: 'An organization in a page, with its cursor.' },
);

import { builder } from './builder';
import { eventFilterArgs, isFiltered, toEventWhere } from './filters';
import { connectionArgs } from './connection-args';
import { resolveConnection } from './connection-from-page';
import { EntityRef, isEntityOfType } from './entity';
import { loadEntitiesOfType } from './load-entities-of-type';
import { EventConnection } from './event';
import { LocationKindEnum } from './location-kind';
import type { EntityRecord } from '../graph/model';

export const LocationRef = builder.objectRef<EntityRecord>('Location');

builder.node(LocationRef, {
  description: 'A place: a country, region, city or site, placed with a gazetteer where possible.',
  interfaces: () => [EntityRef],
  isTypeOf: (value) => isEntityOfType(value, 'Location'),
  id: { resolve: (location) => location.id },
  loadMany: loadEntitiesOfType('Location'),
  fields: (t) => ({
    kind: t.field({
      type: LocationKindEnum,
      description: 'Country, region, city, site or other.',
      resolve: (location) => location.locationKind ?? 'OTHER',
    }),
    countryCode: t.exposeString('countryCode', {
      nullable: true,
      description: 'ISO 3166-1 alpha-2 code of the country this place is or lies in, when known.',
    }),
    latitude: t.exposeFloat('latitude', { nullable: true, description: 'Latitude in degrees (WGS 84), from the gazetteer.' }),
    longitude: t.exposeFloat('longitude', { nullable: true, description: 'Longitude in degrees (WGS 84), from the gazetteer.' }),
    gazetteerId: t.exposeString('gazetteerId', {
      nullable: true,
      description: 'Stable gazetteer key ("country:RU", "city:RU:moscow"): the same place in every document.',
    }),
    within: t.field({
      type: LocationRef,
      nullable: true,
      description: 'The place that contains this one (the Kremlin -> Moscow -> Russia).',
      resolve: async (location, _args, ctx) => {
        if (!location.withinId) return null;
        const container = await ctx.loaders.entity.load(location.withinId);
        return isEntityOfType(container, 'Location') ? container : null;
      },
    }),
    events: t.field({
      type: EventConnection,
      description: 'Events that took place here.',
      args: { ...connectionArgs, ...eventFilterArgs },
      resolve: (location, args, ctx) => {
        if (!isFiltered(args)) return resolveConnection(args, (page) => ctx.loaders.eventsByLocation({ page }).load(location.id));
        const query = { where: toEventWhere(args.filter), order: args.orderBy ?? 'DATE_DESC' } as const;
        return resolveConnection(args, (page) => ctx.loaders.analyst.entitiesBy('eventsByLocation', { page, filter: query }).load(location.id));
      },
    }),
  }),
});

export const LocationConnection = builder.connectionObject(
  { type: LocationRef, name: 'LocationConnection', description: 'A page of locations.' },
  { name: 'LocationEdge', description: 'A location in a page, with its cursor.' },
);

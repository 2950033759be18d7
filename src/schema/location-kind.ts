import { LOCATION_KINDS, type LocationKind } from '../extract/types';
import { builder } from './builder';

const DESCRIPTIONS: Record<LocationKind, string> = {
  COUNTRY: 'A sovereign country.',
  REGION: 'A province, state, region or other area below or across countries.',
  CITY: 'A city, town or village.',
  SITE: 'A building or named place within a city: the Kremlin, the White House.',
  OTHER: 'A place of no kind above.',
};

export const LocationKindEnum = builder.enumType('LocationKind', {
  description: 'What kind of place a Location is.',
  values: Object.fromEntries(LOCATION_KINDS.map((kind) => [kind, { value: kind, description: DESCRIPTIONS[kind] }])) as Record<
    LocationKind,
    { value: LocationKind; description: string }
  >,
});

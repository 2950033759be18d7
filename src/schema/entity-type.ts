import { ENTITY_TYPES, type EntityType as StoreEntityType } from '../extract/types';
import { builder } from './builder';

const DESCRIPTIONS: Record<StoreEntityType, string> = {
  Person: 'A person, e.g. a minister or a spokesman.',
  Organization: 'An organization: a government, ministry, company, party, armed group.',
  Location: 'A place: country, region, city or site.',
  Event: 'Something that happened: a meeting, an attack, an election.',
};

/** GraphQL spells the store's entity types in capitals: Person -> PERSON. */
export function entityTypeName(type: StoreEntityType): string {
  return type.toUpperCase();
}

export const EntityTypeEnum = builder.enumType('EntityType', {
  description: 'The kinds of entity, for filtering searches.',
  values: Object.fromEntries(
    ENTITY_TYPES.map((type) => [entityTypeName(type), { value: type, description: DESCRIPTIONS[type] }]),
  ) as Record<string, { value: StoreEntityType; description: string }>,
});

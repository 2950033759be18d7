import { CORE_RELATION_TYPES, type CoreRelationType } from '../extract/types';
import { builder } from './builder';

const DESCRIPTIONS: Record<CoreRelationType, string> = {
  MET: 'Two parties met (either direction).',
  PARTICIPATED_IN: 'An entity took part in an event.',
  OCCURRED_IN: 'An event took place at a location.',
  LOCATED_IN: 'A place or organization lies in a location.',
  AFFILIATED_WITH: 'A person belongs to or speaks for an organization or country.',
};

/**
 * The extractor may emit relation types beyond the core five; the contract's
 * enum cannot name them, so they read as OTHER here and `Relation.label`
 * carries the exact name.
 */
export type RelationTypeValue = CoreRelationType | 'OTHER';

export function relationTypeOf(type: string): RelationTypeValue {
  return (CORE_RELATION_TYPES as readonly string[]).includes(type) ? (type as CoreRelationType) : 'OTHER';
}

/** The filter compares with the stored type, which is never the word OTHER. */
export const RELATION_TYPE_FILTER = 'Only relations of this type (a core type: OTHER matches nothing here).';

export const RelationTypeEnum = builder.enumType('RelationType', {
  description: 'The kinds of relation between entities.',
  values: {
    ...(Object.fromEntries(CORE_RELATION_TYPES.map((type) => [type, { value: type, description: DESCRIPTIONS[type] }])) as Record<
      CoreRelationType,
      { value: RelationTypeValue; description: string }
    >),
    OTHER: { value: 'OTHER' as RelationTypeValue, description: 'A relation type outside the five above; see `Relation.label`.' },
  },
});

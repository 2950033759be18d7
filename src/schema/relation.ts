import type { RelationRecord } from '../graph/model';
import { builder } from './builder';
import { EntityRef } from './entity';
import { MentionRef } from './mention';
import { RelationTypeEnum, relationTypeOf } from './relation-type';

export const RelationRef = builder.objectRef<RelationRecord>('Relation');

builder.node(RelationRef, {
  description: 'A fact linking two entities (who met whom, what happened where), with its evidence.',
  isTypeOf: (value) => typeof value === 'object' && value !== null && 'sourceId' in value && 'targetId' in value,
  id: { resolve: (relation) => relation.id },
  loadMany: (ids, ctx) => ids.map((id) => ctx.loaders.relation.load(id)),
  fields: (t) => ({
    type: t.field({ type: RelationTypeEnum, description: 'What kind of relation.', resolve: (r) => relationTypeOf(r.type) }),
    label: t.exposeString('type', {
      description: 'The exact relation type the extractor emitted (UPPER_SNAKE), also for types outside the enum.',
    }),
    source: t.field({ type: EntityRef, description: 'The first end: the participant, the located thing, the one who met.', resolve: (r) => r.sourceId }),
    target: t.field({ type: EntityRef, description: 'The other end: the event, the place, the one met.', resolve: (r) => r.targetId }),
    evidence: t.field({ type: [MentionRef], description: 'Where the documents state it.', resolve: (r) => r.evidence }),
    confidence: t.exposeFloat('confidence', { description: '0..1, how sure the extractor is.' }),
  }),
});

export const RelationConnection = builder.connectionObject(
  { type: RelationRef, name: 'RelationConnection', description: 'A page of relations.' },
  { name: 'RelationEdge', description: 'A relation in a page, with its cursor.' },
);

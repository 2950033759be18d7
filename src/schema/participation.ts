import type { ParticipationRecord } from '../graph/model';
import { builder } from './builder';
import { EntityRef } from './entity';

export const ParticipationRef = builder.objectRef<ParticipationRecord>('Participation');

ParticipationRef.implement({
  description: 'An entity taking part in an event.',
  fields: (t) => ({
    // Returns the store id; the Entity interface's loader batches the lookups.
    entity: t.field({ type: EntityRef, description: 'Who or what took part.', resolve: (p) => p.entityId }),
    role: t.exposeString('role', {
      nullable: true,
      description: 'Free-text role where the article gives one: speaker, host, broker, claimed responsibility...',
    }),
  }),
});

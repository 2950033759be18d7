import type { RoleRecord } from '../graph/model';
import { builder } from './builder';
import { EntityRef } from './entity';
import { MentionRef } from './mention';

export const RoleRef = builder.objectRef<RoleRecord>('Role');

RoleRef.implement({
  description: 'A title a person holds, and of what.',
  fields: (t) => ({
    title: t.exposeString('title', { description: 'The title as a common noun phrase, e.g. "Secretary of State".' }),
    of: t.field({
      type: EntityRef,
      nullable: true,
      description: 'The organization or country the title belongs to, when known.',
      resolve: (role) => role.ofEntityId,
    }),
    evidence: t.field({
      type: MentionRef,
      nullable: true,
      description: 'Where a document states the role.',
      resolve: (role) => role.evidence,
    }),
  }),
});

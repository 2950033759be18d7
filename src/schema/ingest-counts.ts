import type { IngestCounts } from '../graph/model';
import { builder } from './builder';

export const IngestCountsRef = builder.objectRef<IngestCounts>('IngestCounts');

IngestCountsRef.implement({
  description: 'What one ingest wrote (all zero when the text was already there).',
  fields: (t) => ({
    entities: t.exposeInt('entities', { description: 'Entities of the document (new or merged into existing ones).' }),
    mentions: t.exposeInt('mentions', { description: 'Mentions written.' }),
    quotes: t.exposeInt('quotes', { description: 'Quotes written.' }),
    relations: t.exposeInt('relations', { description: 'Relations written or reinforced.' }),
  }),
});

import type { StoreStats } from '../store/store';
import { builder } from './builder';

export const StatsRef = builder.objectRef<StoreStats>('Stats');

StatsRef.implement({
  description: 'Counts over the whole graph.',
  fields: (t) => ({
    documents: t.exposeInt('documents', { description: 'Documents ingested.' }),
    entities: t.exposeInt('entities', { description: 'Entities after merging across documents.' }),
    quotes: t.exposeInt('quotes', { description: 'Quotes, direct and reported.' }),
    relations: t.exposeInt('relations', { description: 'Relations between entities.' }),
    mentions: t.exposeInt('mentions', { description: 'Places in the documents where an entity is named.' }),
  }),
});

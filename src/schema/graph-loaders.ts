/**
 * Loaders of the graph questions that hang off an entity: `timeline` and
 * `cooccurrences` on 50 people are one store call each, not 50 (same
 * mechanism as the loaders of context.ts: one loader per distinct page/filter).
 */
import type { Cooccurrence, CooccurrenceScope, Store, TimelineItem } from '../store/store';
import type { EntityType } from '../graph/model';
import { paged, type PagedLoader } from './context';

export interface CooccurrenceQuery {
  scope: CooccurrenceScope;
  types: EntityType[] | null;
}

export interface GraphLoaders {
  timelineByEntity: PagedLoader<TimelineItem>;
  cooccurrencesByEntity: PagedLoader<Cooccurrence, CooccurrenceQuery>;
}

export function createGraphLoaders(store: Store): GraphLoaders {
  return {
    timelineByEntity: paged((ids, q) => store.timelineByEntity(ids, q.page)),
    cooccurrencesByEntity: paged((ids, q) => {
      const filter = q.filter ?? { scope: 'SENTENCE', types: null };
      return store.cooccurrencesByEntity(ids, filter.scope, filter.types ? { types: filter.types } : {}, q.page);
    }),
  };
}

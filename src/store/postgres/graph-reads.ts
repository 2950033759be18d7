/**
 * The PostgreSQL side of the analyst's graph questions, with the same answers
 * as src/store/sqlite/graph-reads.ts. Skeleton: filled in next.
 */
import type { Page, PageArgs } from '../../graph/model';
import type { Cooccurrence, CooccurrenceScope, EdgeFilter, EntityFilter, GraphEdge, TimelineItem } from '../store';
import type { PgQueryable } from './queryable';

export class PgGraphReads {
  constructor(private readonly db: PgQueryable) {}

  async edgesOf(_entityIds: readonly string[], _filter: EdgeFilter, _limit: number): Promise<GraphEdge[]> {
    void this.db;
    throw new Error('not implemented');
  }
  async timelineByEntity(_entityIds: readonly string[], _page: PageArgs): Promise<Page<TimelineItem>[]> {
    throw new Error('not implemented');
  }
  async cooccurrencesByEntity(_entityIds: readonly string[], _scope: CooccurrenceScope, _filter: EntityFilter, _page: PageArgs): Promise<Page<Cooccurrence>[]> {
    throw new Error('not implemented');
  }
}

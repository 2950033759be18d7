/**
 * The analyst API's reads on PostgreSQL: filtered and sorted lists, full-text
 * search and aggregates, with the same answers as the SQLite adapter
 * (src/store/sqlite/analyst-reads.ts). Skeleton: filled in next.
 */
import type { DocumentRecord, EntityRecord, MentionRecord, Page, PageArgs, QuoteRecord, RelationRecord } from '../../graph/model';
import type {
  DocumentOrder,
  DocumentTally,
  DocumentWhere,
  EntityOrder,
  EntityScope,
  EntityTally,
  EntityWhere,
  KindTally,
  MentionWhere,
  QuoteOrder,
  QuoteScope,
  QuoteWhere,
  RelationOrder,
  RelationWhere,
  TextHit,
} from '../store';
import type { PgQueryable } from './queryable';

function notImplemented(): never {
  throw new Error('not implemented');
}

export class PgAnalystReads {
  constructor(private readonly db: PgQueryable) {}

  async findEntities(_where: EntityWhere, _order: EntityOrder, _page: PageArgs): Promise<Page<EntityRecord>> {
    void this.db;
    return notImplemented();
  }
  async findEntitiesBy(_scope: EntityScope, _keys: readonly string[], _where: EntityWhere, _order: EntityOrder, _page: PageArgs): Promise<Page<EntityRecord>[]> {
    return notImplemented();
  }
  async findQuotes(_where: QuoteWhere, _order: QuoteOrder, _page: PageArgs): Promise<Page<QuoteRecord>> {
    return notImplemented();
  }
  async findQuotesBy(_scope: QuoteScope, _keys: readonly string[], _where: QuoteWhere, _order: QuoteOrder, _page: PageArgs): Promise<Page<QuoteRecord>[]> {
    return notImplemented();
  }
  async findDocuments(_where: DocumentWhere, _order: DocumentOrder, _page: PageArgs): Promise<Page<DocumentRecord>> {
    return notImplemented();
  }
  async findDocumentsByEntity(_entityIds: readonly string[], _where: DocumentWhere, _order: DocumentOrder, _page: PageArgs): Promise<Page<DocumentRecord>[]> {
    return notImplemented();
  }
  async searchQuotes(_query: string, _where: QuoteWhere, _page: PageArgs): Promise<Page<TextHit<QuoteRecord>>> {
    return notImplemented();
  }
  async searchDocuments(_query: string, _where: DocumentWhere, _page: PageArgs): Promise<Page<TextHit<DocumentRecord>>> {
    return notImplemented();
  }
  async quotesPerSpeaker(_page: PageArgs): Promise<Page<EntityTally>> {
    return notImplemented();
  }
  async eventsPerKind(): Promise<KindTally[]> {
    return notImplemented();
  }
  async eventsPerPlace(_page: PageArgs): Promise<Page<EntityTally>> {
    return notImplemented();
  }
  async mentionsPerDocument(_entityIds: readonly string[], _page: PageArgs): Promise<Page<DocumentTally>[]> {
    return notImplemented();
  }
  async findRelations(_where: RelationWhere, _order: RelationOrder, _page: PageArgs): Promise<Page<RelationRecord>> {
    return notImplemented();
  }
  async findRelationsByEntity(_entityIds: readonly string[], _where: RelationWhere, _order: RelationOrder, _page: PageArgs): Promise<Page<RelationRecord>[]> {
    return notImplemented();
  }
  async searchEntitiesWhere(_query: string, _where: EntityWhere, _page: PageArgs): Promise<Page<EntityRecord>> {
    return notImplemented();
  }
  async findMentionsByEntity(_entityIds: readonly string[], _where: MentionWhere, _page: PageArgs): Promise<Page<MentionRecord>[]> {
    return notImplemented();
  }
}

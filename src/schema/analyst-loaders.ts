/**
 * Loaders of the analyst API's filtered relations (Person.quotes(filter:),
 * Document.entities(orderBy:) ...): one store call per relation, filter, order
 * and page per request, whatever the number of parents, as for the plain
 * relations in context.ts. Created per request by createLoaders.
 */
import type DataLoader from 'dataloader';
import type { DocumentRecord, EntityRecord, MentionRecord, Page, QuoteRecord, RelationRecord } from '../graph/model';
import type {
  DocumentOrder,
  DocumentTally,
  DocumentWhere,
  EntityOrder,
  EntityScope,
  EntityWhere,
  MentionWhere,
  QuoteOrder,
  QuoteScope,
  QuoteWhere,
  RelationOrder,
  RelationWhere,
  Store,
} from '../store/store';
import { type PagedLoader, type PagedQuery, paged } from './context';

export interface Filtered<W, O> {
  where: W;
  order: O;
}

export interface AnalystLoaders {
  entitiesBy(scope: EntityScope, query: PagedQuery<Filtered<EntityWhere, EntityOrder>>): DataLoader<string, Page<EntityRecord>>;
  quotesBy(scope: QuoteScope, query: PagedQuery<Filtered<QuoteWhere, QuoteOrder>>): DataLoader<string, Page<QuoteRecord>>;
  documentsByEntity: PagedLoader<DocumentRecord, Filtered<DocumentWhere, DocumentOrder>>;
  mentionsPerDocument: PagedLoader<DocumentTally>;
  mentionsByEntity: PagedLoader<MentionRecord, MentionWhere>;
  relationsByEntity: PagedLoader<RelationRecord, Filtered<RelationWhere, RelationOrder>>;
}

export function createAnalystLoaders(store: Store): AnalystLoaders {
  const entityLoaders = new Map<EntityScope, PagedLoader<EntityRecord, Filtered<EntityWhere, EntityOrder>>>();
  const quoteLoaders = new Map<QuoteScope, PagedLoader<QuoteRecord, Filtered<QuoteWhere, QuoteOrder>>>();
  return {
    entitiesBy: (scope, query) => {
      let loader = entityLoaders.get(scope);
      if (!loader) {
        loader = paged((ids, q) => store.findEntitiesBy(scope, ids, q.filter!.where, q.filter!.order, q.page));
        entityLoaders.set(scope, loader);
      }
      return loader(query);
    },
    quotesBy: (scope, query) => {
      let loader = quoteLoaders.get(scope);
      if (!loader) {
        loader = paged((ids, q) => store.findQuotesBy(scope, ids, q.filter!.where, q.filter!.order, q.page));
        quoteLoaders.set(scope, loader);
      }
      return loader(query);
    },
    documentsByEntity: paged((ids, q) => store.findDocumentsByEntity(ids, q.filter!.where, q.filter!.order, q.page)),
    mentionsPerDocument: paged((ids, q) => store.mentionsPerDocument(ids, q.page)),
    mentionsByEntity: paged((ids, q) => store.findMentionsByEntity(ids, q.filter ?? {}, q.page)),
    relationsByEntity: paged((ids, q) => store.findRelationsByEntity(ids, q.filter!.where, q.filter!.order, q.page)),
  };
}

/**
 * Per-request context: the store and a fresh set of DataLoaders. Loaders are
 * built by `createLoaders` for each request, never at module scope, because
 * their caches must not outlive the request (a later ingest would be
 * invisible) nor leak one client's reads into another's.
 *
 * Every relation of the schema goes through exactly one loader, and every
 * loader calls exactly one batched Store method: resolving `quotes` on 50
 * people is one `quotesBySpeaker` call, not 50. Paged relations take the page
 * (and filter) as part of the loader's identity, so parents asking for the
 * same page share one call; parents asking for different pages get one call
 * per distinct page, still independent of the number of parents.
 */
import DataLoader from 'dataloader';
import type {
  DocumentRecord,
  EntityRecord,
  MentionRecord,
  Page,
  PageArgs,
  ParticipationRecord,
  QuoteRecord,
  RelationRecord,
  RoleRecord,
} from '../graph/model';
import type { GraphEvents } from '../graph/graph-events';
import type { EntityFilter, QuoteFilter, RelationFilter, Store } from '../store/store';
import { type AnalystLoaders, createAnalystLoaders } from './analyst-loaders';
import { createGraphLoaders, type GraphLoaders } from './graph-loaders';

export interface GraphQLContext {
  store: Store;
  /** Where ingests announce themselves to live subscribers; absent when the app publishes none. */
  events?: GraphEvents;
  loaders: Loaders;
}

/** Page and filter of a paged relation: equal values share one loader. */
export interface PagedQuery<F = undefined> {
  page: PageArgs;
  filter?: F;
}

/** A loader per distinct page/filter, created on first use within the request. */
export type PagedLoader<V, F = undefined> = (query: PagedQuery<F>) => DataLoader<string, Page<V>>;

export interface Loaders {
  document: DataLoader<string, DocumentRecord | null>;
  entity: DataLoader<string, EntityRecord | null>;
  quote: DataLoader<string, QuoteRecord | null>;
  relation: DataLoader<string, RelationRecord | null>;

  mentionsByEntity: PagedLoader<MentionRecord>;
  documentsByEntity: PagedLoader<DocumentRecord>;
  relationsByEntity: PagedLoader<RelationRecord, RelationFilter>;
  quotesBySpeaker: PagedLoader<QuoteRecord, QuoteFilter>;
  metByEntity: PagedLoader<EntityRecord>;
  eventsByParticipant: PagedLoader<EntityRecord>;
  eventsByLocation: PagedLoader<EntityRecord>;
  membersByOrganization: PagedLoader<EntityRecord>;
  entitiesByDocument: PagedLoader<EntityRecord, EntityFilter>;
  quotesByDocument: PagedLoader<QuoteRecord>;
  eventsByDocument: PagedLoader<EntityRecord>;

  rolesByPerson: DataLoader<string, RoleRecord[]>;
  participantsByEvent: DataLoader<string, ParticipationRecord[]>;
  locationsByEvent: DataLoader<string, EntityRecord[]>;

  /** Filtered and sorted relations of the analyst API (A1). */
  analyst: AnalystLoaders;
  /** Timelines and co-occurrences of the graph questions (A2). */
  graph: GraphLoaders;
}

export function createContext(store: Store, events?: GraphEvents): GraphQLContext {
  return { store, loaders: createLoaders(store), ...(events ? { events } : {}) };
}

export function createLoaders(store: Store): Loaders {
  return {
    document: byKey((ids) => store.getDocuments(ids)),
    entity: byKey((ids) => store.getEntities(ids)),
    quote: byKey((ids) => store.getQuotes(ids)),
    relation: byKey((ids) => store.getRelations(ids)),

    mentionsByEntity: paged((ids, q) => store.mentionsByEntity(ids, q.page)),
    documentsByEntity: paged((ids, q) => store.documentsByEntity(ids, q.page)),
    relationsByEntity: paged((ids, q) => store.relationsByEntity(ids, q.filter ?? {}, q.page)),
    quotesBySpeaker: paged((ids, q) => store.quotesBySpeaker(ids, q.filter ?? {}, q.page)),
    metByEntity: paged((ids, q) => store.metByEntity(ids, q.page)),
    eventsByParticipant: paged((ids, q) => store.eventsByParticipant(ids, q.page)),
    eventsByLocation: paged((ids, q) => store.eventsByLocation(ids, q.page)),
    membersByOrganization: paged((ids, q) => store.membersByOrganization(ids, q.page)),
    entitiesByDocument: paged((ids, q) => store.entitiesByDocument(ids, q.filter ?? {}, q.page)),
    quotesByDocument: paged((ids, q) => store.quotesByDocument(ids, q.page)),
    eventsByDocument: paged((ids, q) => store.eventsByDocument(ids, q.page)),

    rolesByPerson: byKey((ids) => store.rolesByPerson(ids)),
    participantsByEvent: byKey((ids) => store.participantsByEvent(ids)),
    locationsByEvent: byKey((ids) => store.locationsByEvent(ids)),

    analyst: createAnalystLoaders(store),
    graph: createGraphLoaders(store),
  };
}

/**
 * A loader over a batch method that answers in key order. The length check
 * turns an adapter bug into a clear error instead of silently shifted results
 * (DataLoader would otherwise hand parent 3 the answer meant for parent 4).
 */
function byKey<V>(batch: (ids: readonly string[]) => Promise<V[]>): DataLoader<string, V> {
  return new DataLoader<string, V>(async (ids) => {
    const results = await batch(ids);
    if (results.length !== ids.length) {
      throw new Error(`store batch returned ${results.length} results for ${ids.length} keys; it must return one per key, in key order`);
    }
    return results;
  });
}

export function paged<V, F = undefined>(
  batch: (ids: readonly string[], query: PagedQuery<F>) => Promise<Page<V>[]>,
): PagedLoader<V, F> {
  const loaders = new Map<string, DataLoader<string, Page<V>>>();
  return (query) => {
    // Filters come from GraphQL args (plain JSON), so JSON is a faithful key.
    const key = JSON.stringify([query.page.offset, query.page.limit, query.filter ?? null]);
    let loader = loaders.get(key);
    if (!loader) {
      loader = byKey((ids) => batch(ids, query));
      loaders.set(key, loader);
    }
    return loader;
  };
}

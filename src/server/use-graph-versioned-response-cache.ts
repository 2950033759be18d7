/**
 * A response cache that can never serve a stale graph: the cache "session" is
 * the store's data version, which changes on every committed ingest, whether
 * it came through this server's mutation or through `newsgraph ingest` in
 * another process on the same database.
 *
 * Results with errors are not cached (the plugin's default), and mutations
 * never are.
 */
import { type Cache, createInMemoryCache, useResponseCache } from '@graphql-yoga/plugin-response-cache';
import type { Plugin } from 'graphql-yoga';
import type { Store } from '../store/store';

/** Entries kept at most; a query result of the seed graph is a few kB. */
const MAX_ENTRIES = 1000;
const TTL_MS = 5 * 60 * 1000;

/**
 * The results of the latest data version only. A result's key hashes the
 * version it was computed under, so once the version moves on no request can
 * ask for it again: the entries are dropped at once rather than left to age
 * out of the LRU. Under a steady stream of ingests (5/s in bench:load) they
 * otherwise filled all 1000 entries with dead results (about 4 MiB of heap with
 * the benchmark's queries, more with bigger pages). A result that finishes after
 * the version changed may still land in the new cache under its old key; it is
 * never read and goes with the next change.
 */
export function createLatestVersionCache(max = MAX_ENTRIES): { cache: Cache; enterVersion(version: string): void } {
  let version: string | undefined;
  let current = createInMemoryCache({ max });
  return {
    enterVersion(next) {
      if (next === version) return;
      version = next;
      current = createInMemoryCache({ max });
    },
    cache: {
      get: (id) => current.get(id),
      set: (id, result, entities, ttl) => current.set(id, result, entities, ttl),
      invalidate: (entities) => current.invalidate(entities),
    },
  };
}

export function useGraphVersionedResponseCache(store: Store): Plugin {
  const latest = createLatestVersionCache();
  return useResponseCache({
    cache: latest.cache,
    ttl: TTL_MS,
    session: async () => {
      const version = await store.dataVersion();
      latest.enterVersion(version);
      return version;
    },
    // The whole graph is public: there is no per-user data to keep apart.
    includeExtensionMetadata: false,
  });
}

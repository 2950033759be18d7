/**
 * A response cache that can never serve a stale graph: the cache "session" is
 * the store's data version, which changes on every committed ingest, whether
 * it came through this server's mutation or through `newsgraph ingest` in
 * another process on the same database. Results cached under an older version
 * are simply never asked for again and age out (TTL, bounded LRU).
 *
 * Results with errors are not cached (the plugin's default), and mutations
 * never are.
 */
import { createInMemoryCache, useResponseCache } from '@graphql-yoga/plugin-response-cache';
import type { Plugin } from 'graphql-yoga';
import type { Store } from '../store/store';

/** Entries kept at most; a query result of the seed graph is a few kB. */
const MAX_ENTRIES = 1000;
const TTL_MS = 5 * 60 * 1000;

export function useGraphVersionedResponseCache(store: Store): Plugin {
  return useResponseCache({
    cache: createInMemoryCache({ max: MAX_ENTRIES }),
    ttl: TTL_MS,
    session: () => store.dataVersion(),
    // The whole graph is public: there is no per-user data to keep apart.
    includeExtensionMetadata: false,
  });
}

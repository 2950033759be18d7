/**
 * Persisted operations: the operations a client was built with
 * (schema/operations, hashed by codegen into persisted-documents.json) can be
 * sent as their hash alone:
 *   {"extensions":{"persistedQuery":{"version":1,"sha256Hash":"<hex>"}}}
 * With `only`, every other operation is refused (PERSISTED_QUERY_ONLY): in
 * production the server then runs no query it was not shipped with.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import type { Plugin } from 'graphql-yoga';

export const PERSISTED_DOCUMENTS_FILE = join(__dirname, '..', '..', 'schema', 'generated', 'persisted-documents.json');

export interface PersistedOperationsOptions {
  /** Refuse operations that are not in the list (default false). */
  only?: boolean;
  /** hash -> operation text; defaults to codegen's persisted-documents.json. */
  documents?: Record<string, string>;
}

export function readPersistedDocuments(file = PERSISTED_DOCUMENTS_FILE): Record<string, string> {
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as unknown;
  if (typeof parsed !== 'object' || parsed === null || Object.values(parsed).some((v) => typeof v !== 'string')) {
    throw new Error(`${file}: expected an object of hash -> operation text, as codegen's persistedDocuments writes`);
  }
  return parsed as Record<string, string>;
}

export function usePersistedDocuments(options: PersistedOperationsOptions = {}): Plugin {
  const documents = options.documents ?? readPersistedDocuments();
  return usePersistedOperations({
    // codegen keys the file "sha256:<hex>"; Apollo-style clients send the bare hex: accept both.
    getPersistedOperation: (hash) => documents[hash] ?? documents[`sha256:${hash}`] ?? null,
    allowArbitraryOperations: options.only !== true,
    customErrors: {
      persistedQueryOnly: {
        message: 'this server runs only persisted operations: send {"extensions":{"persistedQuery":{"version":1,"sha256Hash":...}}}',
        extensions: { code: 'PERSISTED_QUERY_ONLY' },
      },
      notFound: {
        message: 'no persisted operation has this hash (see schema/generated/persisted-documents.json)',
        extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' },
      },
    },
  }) as Plugin;
}

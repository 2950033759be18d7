/**
 * Who may change the graph. Mutations are the only writes (yoga already
 * refuses them over GET): with `readOnly` every mutation is FORBIDDEN (403);
 * with a `token`, a mutation needs `Authorization: Bearer <token>`, else it is
 * UNAUTHENTICATED (401). Queries and subscriptions stay open.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { limitError } from './limit-error';

export interface WriteAccess {
  token?: string;
  readOnly?: boolean;
}

export function useWriteAccess(access: WriteAccess): Plugin<{ request?: Request }> {
  const expected = access.token ? digest(access.token) : undefined;
  return {
    onExecute({ args, setResultAndStopExecution }) {
      if (getOperationAST(args.document, args.operationName)?.operation !== 'mutation') return;
      if (access.readOnly) {
        setResultAndStopExecution({ errors: [limitError('FORBIDDEN', 'This server is read-only (NEWSGRAPH_READ_ONLY): mutations are refused.', 403)] });
        return;
      }
      if (!expected) return;
      const header = args.contextValue.request?.headers.get('authorization') ?? '';
      const presented = /^Bearer (.+)$/i.exec(header.trim())?.[1];
      // Comparing fixed-length digests in constant time reveals neither the token nor its length.
      if (presented === undefined || !timingSafeEqual(digest(presented), expected)) {
        const message =
          presented === undefined
            ? 'Mutations need an `Authorization: Bearer <token>` header on this server.'
            : 'The bearer token is not valid for this server.';
        setResultAndStopExecution({ errors: [limitError('UNAUTHENTICATED', message, 401)] });
      }
    },
  };
}

function digest(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}

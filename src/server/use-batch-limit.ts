/**
 * Batched requests (a JSON array of operations in one POST) multiply the work
 * of one request past every per-operation limit, so they are off unless
 * NEWSGRAPH_BATCH_LIMIT allows some. Yoga enforces the same limit; this
 * plugin runs first so the refusal carries newsgraph's codes and names the setting.
 */
import type { Plugin } from 'graphql-yoga';
import { limitError } from './limit-error';

export function useBatchLimit(limit: number): Plugin {
  return {
    onRequestParse() {
      return {
        onRequestParseDone({ requestParserResult }) {
          if (!Array.isArray(requestParserResult)) return;
          if (limit === 0) {
            throw limitError('BATCHING_DISABLED', 'Batched requests are off on this server (NEWSGRAPH_BATCH_LIMIT=0): send one operation per request.');
          }
          if (requestParserResult.length > limit) {
            throw limitError(
              'BATCH_TOO_LARGE',
              `The batch holds ${requestParserResult.length} operations; the limit is ${limit} (NEWSGRAPH_BATCH_LIMIT).`,
              413,
            );
          }
        },
      };
    },
  };
}

/**
 * One structured log line per request, when its response is ready:
 *   {"reqId":"…","method":"POST","path":"/graphql","operationName":"WhoSaidWhat",
 *    "status":200,"durationMs":12.3,"errorCodes":["FIRST_TOO_LARGE"],"msg":"request"}
 * The request id is the client's `x-request-id` when it sends a sane one (a
 * proxy's id then follows the request through), else a fresh UUID; either way
 * it is echoed in the response's `x-request-id`, so a user reporting an error
 * can quote the id an operator searches for.
 */
import { randomUUID } from 'node:crypto';
import { getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Logger } from './logger';

export const REQUEST_ID_HEADER = 'x-request-id';

// Ids end up in log lines: refuse anything that could forge or bloat one.
const SANE_REQUEST_ID = /^[\w.:@/+=-]{1,128}$/;

interface RequestEntry {
  id: string;
  started: number;
  operationName?: string;
  errorCodes: Set<string>;
}

export function requestIdOf(incoming: string | null): string {
  return incoming !== null && SANE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
}

export function useRequestLog(logger: Logger): Plugin<{ request?: Request }> {
  const entries = new WeakMap<Request, RequestEntry>();
  return {
    onRequest({ request }) {
      entries.set(request, { id: requestIdOf(request.headers.get(REQUEST_ID_HEADER)), started: performance.now(), errorCodes: new Set() });
    },
    onParams({ params, request }) {
      const entry = entries.get(request);
      if (entry && params.operationName) entry.operationName = params.operationName;
    },
    onExecute({ args }) {
      const entry = args.contextValue.request && entries.get(args.contextValue.request);
      if (entry && !entry.operationName) entry.operationName = getOperationAST(args.document, args.operationName)?.name?.value;
    },
    onResultProcess({ request, result }) {
      const entry = entries.get(request);
      if (!entry) return;
      for (const single of Array.isArray(result) ? result : [result]) {
        const errors = (single as { errors?: readonly { extensions?: Record<string, unknown> }[] }).errors ?? [];
        for (const error of errors) entry.errorCodes.add(String(error.extensions?.code ?? 'UNCODED'));
      }
    },
    onResponse({ request, response }) {
      const entry = entries.get(request);
      if (!entry) return;
      response.headers.set(REQUEST_ID_HEADER, entry.id);
      const url = new URL(request.url);
      const line = {
        reqId: entry.id,
        method: request.method,
        path: url.pathname,
        ...(entry.operationName ? { operationName: entry.operationName } : {}),
        status: response.status,
        durationMs: Math.round((performance.now() - entry.started) * 10) / 10,
        ...(entry.errorCodes.size > 0 ? { errorCodes: [...entry.errorCodes] } : {}),
      };
      if (response.status >= 500) logger.error(line, 'request');
      else logger.info(line, 'request');
    },
  };
}

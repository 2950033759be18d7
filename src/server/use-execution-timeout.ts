/**
 * Aborts an operation that runs longer than a limit: the client gets TIMEOUT
 * (HTTP 503) at the deadline, and the executor is handed an AbortSignal so it
 * starts no further resolvers for the abandoned operation. A store call
 * already running finishes on its own; a synchronous one (embedded SQLite)
 * cannot be interrupted, so the limit bounds asynchronous waiting (PostgreSQL,
 * many batched levels), not one long synchronous statement. Mutations are
 * not cut off: a client told TIMEOUT could not know whether its write happened.
 */
import { type ExecutionArgs, getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { limitError } from './limit-error';

export function useExecutionTimeout(timeoutMs: number): Plugin {
  return {
    onExecute({ args: { document, operationName }, executeFn, setExecuteFn }) {
      if (getOperationAST(document, operationName)?.operation === 'mutation') return;
      setExecuteFn((args: ExecutionArgs & { signal?: AbortSignal }) => {
        // One plain controller that the deadline and the request's own signal both abort.
        // Not AbortSignal.any: the executor leaves an 'abort' listener on the signal it is
        // given, and Node 20 keeps a composite signal with a listener alive for good, so
        // every query leaked its signal and what it held (bench:load: +60 MiB live heap in 90 s).
        const deadline = new AbortController();
        const requestSignal = args.signal;
        const followRequest = () => deadline.abort(requestSignal?.reason);
        if (requestSignal?.aborted) followRequest();
        else requestSignal?.addEventListener('abort', followRequest, { once: true });
        let timer: NodeJS.Timeout | undefined;
        const timedOut = new Promise<{ errors: Error[] }>((resolve) => {
          timer = setTimeout(() => {
            deadline.abort();
            resolve({
              errors: [limitError('TIMEOUT', `The operation ran longer than ${timeoutMs} ms and was aborted; ask for less (smaller pages, fewer nested lists).`, 503)],
            });
          }, timeoutMs);
        });
        const running = Promise.resolve(executeFn({ ...args, signal: deadline.signal } as ExecutionArgs));
        // The abandoned execution may still reject (aborted): nobody awaits it any more.
        running.catch(() => undefined);
        return Promise.race([running, timedOut]).finally(() => {
          clearTimeout(timer);
          requestSignal?.removeEventListener('abort', followRequest);
        }) as ReturnType<typeof executeFn>;
      });
    },
  };
}

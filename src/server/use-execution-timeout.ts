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
        const deadline = new AbortController();
        const signals = [deadline.signal, ...(args.signal ? [args.signal] : [])];
        let timer: NodeJS.Timeout | undefined;
        const timedOut = new Promise<{ errors: Error[] }>((resolve) => {
          timer = setTimeout(() => {
            deadline.abort();
            resolve({
              errors: [limitError('TIMEOUT', `The operation ran longer than ${timeoutMs} ms and was aborted; ask for less (smaller pages, fewer nested lists).`, 503)],
            });
          }, timeoutMs);
        });
        const running = Promise.resolve(executeFn({ ...args, signal: AbortSignal.any(signals) } as ExecutionArgs));
        // The abandoned execution may still reject (aborted): nobody awaits it any more.
        running.catch(() => undefined);
        return Promise.race([running, timedOut]).finally(() => clearTimeout(timer)) as ReturnType<typeof executeFn>;
      });
    },
  };
}

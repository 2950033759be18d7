/**
 * The execution timeout hands each execution an AbortSignal. graphql-tools'
 * executor leaves an 'abort' listener on it; the signal must still be
 * collectable after the execution, or every query leaks it and everything its
 * listener holds (under load, tens of MiB a minute).
 */
import { getEventListeners } from 'node:events';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { type ExecutionArgs, parse } from 'graphql';
import { useExecutionTimeout } from '../../src/server/use-execution-timeout';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

type ExecuteFn = (args: ExecutionArgs & { signal?: AbortSignal }) => unknown;

/** Runs one query through the plugin's execute wrapper with `executeFn` as the executor. */
async function executeThroughPlugin(executeFn: ExecuteFn, requestSignal: AbortSignal): Promise<unknown> {
  let wrapped: ExecuteFn | undefined;
  const plugin = useExecutionTimeout(5000) as { onExecute: (payload: unknown) => void };
  plugin.onExecute({ args: { document: parse('{ a }') }, executeFn, setExecuteFn: (fn: ExecuteFn) => (wrapped = fn) });
  return wrapped!({ document: parse('{ a }'), signal: requestSignal } as ExecutionArgs & { signal: AbortSignal });
}

describe('the execution timeout signal', () => {
  it('is collected after the execution even though the executor left an abort listener on it', async () => {
    let collected = 0;
    const registry = new FinalizationRegistry(() => collected++);
    const request = new AbortController();
    // Like graphql-tools' executor: an abort listener that is only removed on abort.
    const executor: ExecuteFn = (args) => {
      args.signal!.addEventListener('abort', () => undefined, { once: true });
      registry.register(args.signal!, 'signal');
      return { data: { a: 1 } };
    };
    for (let i = 0; i < 200; i++) await executeThroughPlugin(executor, request.signal);
    for (let i = 0; i < 10 && collected < 200; i++) {
      gc();
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(collected).toBeGreaterThan(150);
    // And nothing is left listening on the request's signal.
    expect(getEventListeners(request.signal, 'abort')).toHaveLength(0);
  });

  it('aborts when the request is aborted', async () => {
    const request = new AbortController();
    let seen: AbortSignal | undefined;
    const running = executeThroughPlugin((args) => {
      seen = args.signal;
      return new Promise((resolve) => args.signal!.addEventListener('abort', () => resolve({ data: null }), { once: true }));
    }, request.signal);
    request.abort(new Error('client went away'));
    await running;
    expect(seen!.aborted).toBe(true);
    expect((seen!.reason as Error).message).toBe('client went away');
  });
});

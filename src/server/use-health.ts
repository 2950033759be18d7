import type { Plugin } from 'graphql-yoga';

/** A readiness check: resolves when the dependency answers, rejects (or hangs) when it does not. */
export type ReadinessCheck = () => Promise<unknown>;

/** A probe must answer quickly even when a dependency hangs: past this, the check counts as down. */
export const CHECK_TIMEOUT_MS = 2000;

/**
 * GET /health: readiness, for a load balancer choosing replicas. Runs every
 * check (the store's cheapest query; Redis's PING when configured) at once:
 * 200 {"status":"ok","checks":{"store":"ok",...}} when all answer within
 * CHECK_TIMEOUT_MS, else 503 with "status":"unavailable" and the failing
 * checks marked "down" (the reason goes to the log, not to the client).
 * Liveness, which touches nothing, stays on /health/live (yoga's own probe).
 */
export function useHealth(checks: Record<string, ReadinessCheck> = {}, path = '/health', log: (line: string) => void = (line) => console.error(line)): Plugin {
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname !== path || (request.method !== 'GET' && request.method !== 'HEAD')) return;
      const names = Object.keys(checks);
      const outcomes = await Promise.allSettled(names.map((name) => withTimeout(Promise.resolve().then(checks[name]), CHECK_TIMEOUT_MS)));
      const results: Record<string, 'ok' | 'down'> = {};
      outcomes.forEach((outcome, i) => {
        results[names[i]] = outcome.status === 'fulfilled' ? 'ok' : 'down';
        if (outcome.status === 'rejected') log(`newsgraph: health: ${names[i]} is down: ${reasonOf(outcome.reason)}`);
      });
      const ready = outcomes.every((outcome) => outcome.status === 'fulfilled');
      endResponse(fetchAPI.Response.json({ status: ready ? 'ok' : 'unavailable', checks: results }, { status: ready ? 200 : 503 }));
    },
  };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function reasonOf(reason: unknown): string {
  return reason instanceof Error ? reason.message : String(reason);
}

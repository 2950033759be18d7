/**
 * Servers for the benchmarks: each in its own process, so the load generator
 * does not share an event loop with the server it measures.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

/**
 * Servers log each request as JSON on stdout; a benchmark runs them at `warn`
 * (unless `env` says otherwise) and drains stdout, so an unread pipe never
 * blocks a server mid-measurement.
 */
export function start(command: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(command, args, { env: { ...process.env, NEWSGRAPH_LOG_LEVEL: 'warn', ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  child.stdout?.resume();
  return child;
}

/** Resolves once `url` answers 2xx; polls every 200 ms. */
export async function waitFor(url: string, timeoutMs = 60000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server at ${url} did not come up within ${timeoutMs} ms`);
}

/** A port free on 127.0.0.1 right now, for a server started next. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

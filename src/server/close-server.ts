/**
 * Closing an HTTP server without cutting answers short: it stops accepting,
 * lets the requests in flight finish, and closes keep-alive connections as
 * they fall idle. Subscriptions (Server-Sent Events) never finish by
 * themselves, so their streams are ended at once: their clients reconnect,
 * through the load balancer, to a replica that is still up.
 */
import type { IncomingMessage, Server, ServerResponse } from 'node:http';

export const DEFAULT_SHUTDOWN_GRACE_MS = 10_000;

export interface ClosableServer {
  /** Resolves once every connection is closed; connections still open after `graceMs` are cut. */
  close(graceMs?: number): Promise<void>;
}

/** Call right after creating the server, before it takes requests, so every event stream is seen. */
export function closableServer(server: Server): ClosableServer {
  const streams = new Set<ServerResponse>();
  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    if (!request.headers.accept?.includes('text/event-stream')) return;
    streams.add(response);
    response.once('close', () => streams.delete(response));
  });
  return {
    close(graceMs = DEFAULT_SHUTDOWN_GRACE_MS) {
      return new Promise<void>((resolve, reject) => {
        const deadline = setTimeout(() => server.closeAllConnections(), graceMs);
        // A keep-alive connection whose request finishes after close() would otherwise idle until its timeout.
        const sweep = setInterval(() => server.closeIdleConnections(), 100);
        server.close((error) => {
          clearTimeout(deadline);
          clearInterval(sweep);
          if (error) reject(error);
          else resolve();
        });
        server.closeIdleConnections();
        for (const stream of streams) stream.destroy();
      });
    },
  };
}
